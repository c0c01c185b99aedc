package org.pokot.lti.app.launch;

import java.net.URI;
import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;

@Repository
@Transactional
class JdbcLoginStateStore implements LoginStateStore {

    private final LoginStateRowRepository rows;
    private final JdbcAggregateTemplate aggregates;

    JdbcLoginStateStore(LoginStateRowRepository rows, JdbcAggregateTemplate aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public void save(LoginState s) {
        LoginInitiationRequest i = s.initiation();
        aggregates.insert(new LoginStateRow(s.state(), s.nonce(), s.registrationId().value(), i.issuer().value(),
                i.loginHint(), i.targetLinkUri().toString(), i.ltiMessageHint().orElse(null),
                i.clientId().map(ClientId::value).orElse(null), i.deploymentId().map(DeploymentId::value).orElse(null),
                s.browserBindingHash(), s.issuedAt(), s.expiresAt(), s.usedAt().orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginState> findByState(String state) {
        return rows.findById(state).map(JdbcLoginStateStore::toState);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginState> findByNonce(String nonce) {
        return rows.findByNonce(nonce).map(JdbcLoginStateStore::toState);
    }

    @Override
    public boolean markUsed(String state, java.time.Instant usedAt) {
        return rows.markUsed(state, usedAt) == 1;
    }

    @Override
    public int purgeExpired(java.time.Instant before) {
        return rows.deleteExpiredBefore(before);
    }

    private static LoginState toState(LoginStateRow r) {
        LoginInitiationRequest initiation = new LoginInitiationRequest(new Issuer(r.issuer()), r.loginHint(),
                URI.create(r.targetLinkUri()), Optional.ofNullable(r.ltiMessageHint()),
                Optional.ofNullable(r.clientId()).map(ClientId::new),
                Optional.ofNullable(r.deploymentId()).map(DeploymentId::new));
        return new LoginState(r.state(), r.nonce(), new RegistrationId(r.registrationId()), initiation,
                r.browserBindingHash(), r.issuedAt(), r.expiresAt(), Optional.ofNullable(r.usedAt()));
    }
}
