package org.pokot.lti.app.launch;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;

/**
 * Login states on plain SQL statements: they are on every launch's path, and aggregate mapping cost more CPU than
 * the database itself there (docs/performance.md). Each method is one statement, so no transaction is needed.
 */
@Repository
class JdbcLoginStateStore implements LoginStateStore {

    private static final String COLUMNS = "state, nonce, registration_id, issuer, login_hint, target_link_uri, "
            + "lti_message_hint, client_id, deployment_id, browser_binding_hash, issued_at, expires_at, used_at";
    private static final RowMapper<LoginState> ROW = JdbcLoginStateStore::toState;

    private final JdbcTemplate jdbc;

    JdbcLoginStateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(LoginState s) {
        LoginInitiationRequest i = s.initiation();
        jdbc.update("INSERT INTO lti_login_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.state(), s.nonce(), s.registrationId().value(), i.issuer().value(), i.loginHint(),
                i.targetLinkUri().toString(), i.ltiMessageHint().orElse(null),
                i.clientId().map(ClientId::value).orElse(null), i.deploymentId().map(DeploymentId::value).orElse(null),
                s.browserBindingHash(), Timestamp.from(s.issuedAt()), Timestamp.from(s.expiresAt()),
                s.usedAt().map(Timestamp::from).orElse(null));
    }

    @Override
    public Optional<LoginState> findByState(String state) {
        return first(jdbc.query("SELECT " + COLUMNS + " FROM lti_login_state WHERE state = ?", ROW, state));
    }

    @Override
    public Optional<LoginState> findByNonce(String nonce) {
        return first(jdbc.query("SELECT " + COLUMNS + " FROM lti_login_state WHERE nonce = ?", ROW, nonce));
    }

    /** Atomic: the WHERE clause lets exactly one of two racing launches mark the state. */
    @Override
    public boolean markUsed(String state, Instant usedAt) {
        return jdbc.update("UPDATE lti_login_state SET used_at = ? WHERE state = ? AND used_at IS NULL",
                Timestamp.from(usedAt), state) == 1;
    }

    @Override
    public int purgeExpired(Instant before) {
        return jdbc.update("DELETE FROM lti_login_state WHERE expires_at < ?", Timestamp.from(before));
    }

    private static Optional<LoginState> first(List<LoginState> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static LoginState toState(ResultSet r, int row) throws SQLException {
        LoginInitiationRequest initiation = new LoginInitiationRequest(new Issuer(r.getString("issuer")),
                r.getString("login_hint"), URI.create(r.getString("target_link_uri")),
                Optional.ofNullable(r.getString("lti_message_hint")),
                Optional.ofNullable(r.getString("client_id")).map(ClientId::new),
                Optional.ofNullable(r.getString("deployment_id")).map(DeploymentId::new));
        Timestamp used = r.getTimestamp("used_at");
        return new LoginState(r.getString("state"), r.getString("nonce"),
                new RegistrationId(r.getString("registration_id")), initiation, r.getString("browser_binding_hash"),
                r.getTimestamp("issued_at").toInstant(), r.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(used).map(Timestamp::toInstant));
    }
}
