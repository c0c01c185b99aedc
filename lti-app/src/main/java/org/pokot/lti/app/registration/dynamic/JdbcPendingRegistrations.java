package org.pokot.lti.app.registration.dynamic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.pokot.lti.core.registration.dynamic.ClientRegistrationResponse;
import org.pokot.lti.core.registration.dynamic.PlatformConfiguration;
import org.pokot.lti.core.registration.dynamic.RegistrationToken;

/**
 * Started registrations on plain SQL. {@link #take} deletes the row it returns, so two confirmations of one
 * registration cannot both post it; a refused one is {@link #putBack put back} for another try.
 */
@Repository
class JdbcPendingRegistrations {

    private static final String COLUMNS =
            "id, configuration, registration_token, current_registration, created_at, expires_at";

    private final JdbcTemplate jdbc;

    JdbcPendingRegistrations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(PendingRegistration p) {
        jdbc.update("INSERT INTO lti_pending_registration (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", p.id(),
                JSONObjectUtils.toJSONString(p.platform().toJson()), p.token().map(RegistrationToken::value).orElse(null),
                p.current().map(c -> JSONObjectUtils.toJSONString(c.toJson())).orElse(null),
                Timestamp.from(p.createdAt()), Timestamp.from(p.expiresAt()));
    }

    /** The unexpired registration with this id, removed so that no one else gets it. */
    Optional<PendingRegistration> take(String id, Instant now) {
        List<PendingRegistration> found = jdbc.query("SELECT " + COLUMNS
                + " FROM lti_pending_registration WHERE id = ? AND expires_at > ?", JdbcPendingRegistrations::toPending,
                id, Timestamp.from(now));
        if (found.isEmpty() || jdbc.update("DELETE FROM lti_pending_registration WHERE id = ?", id) != 1) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    void putBack(PendingRegistration pending) {
        save(pending);
    }

    int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM lti_pending_registration WHERE expires_at <= ?", Timestamp.from(now));
    }

    private static PendingRegistration toPending(ResultSet r, int row) throws SQLException {
        String token = r.getString("registration_token");
        String current = r.getString("current_registration");
        return new PendingRegistration(r.getString("id"), PlatformConfiguration.fromJson(json(r.getString("configuration"))),
                Optional.ofNullable(token).map(RegistrationToken::of),
                Optional.ofNullable(current).map(c -> ClientRegistrationResponse.fromJson(json(c))),
                r.getTimestamp("created_at").toInstant(), r.getTimestamp("expires_at").toInstant());
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored pending registration is not JSON", e);
        }
    }
}
