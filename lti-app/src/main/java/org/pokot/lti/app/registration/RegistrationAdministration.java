package org.pokot.lti.app.registration;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * The console's changes to registrations, each with its audit line in the same transaction. {@code actor} is the
 * admin's user name.
 */
@Service
@Transactional
class RegistrationAdministration {

    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;

    RegistrationAdministration(RegistrationRepository registrations, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<RegistrationSummary> list() {
        return registrations.findAll().stream()
                .sorted(Comparator.comparing((PlatformRegistration r) -> r.issuer().value())
                        .thenComparing(r -> r.clientId().value()))
                .map(RegistrationSummary::of).toList();
    }

    @Transactional(readOnly = true)
    PlatformRegistration get(String id) {
        return registrations.findById(new RegistrationId(id)).orElseThrow(
                () -> new LtiException(LtiError.REGISTRATION_UNKNOWN, "no registration with id " + id));
    }

    /** True when the issuer and client id are taken by another registration than {@code id}. */
    @Transactional(readOnly = true)
    boolean isTakenByAnother(RegistrationForm form, String id) {
        return registrations.findByIssuerAndClientId(form.issuerId(), form.clientIdValue())
                .filter(r -> !r.id().value().equals(id)).isPresent();
    }

    void create(PlatformRegistration registration, String actor) {
        registrations.save(registration);
        audit(actor, AuditAction.REGISTRATION_CREATED, registration);
    }

    /** Keeps what the form does not show: unconfirmed deployments (less those now confirmed) and the switch. */
    void update(PlatformRegistration.Builder changed, String id, String actor) {
        PlatformRegistration existing = get(id);
        PlatformRegistration draft = changed.enabled(existing.enabled()).build();
        Set<DeploymentId> unconfirmed = new HashSet<>(existing.unconfirmedDeploymentIds());
        unconfirmed.removeAll(draft.deploymentIds());
        PlatformRegistration updated = draft.toBuilder().unconfirmedDeploymentIds(unconfirmed).build();
        registrations.save(updated);
        audit(actor, AuditAction.REGISTRATION_UPDATED, updated);
    }

    void setEnabled(String id, boolean enabled, String actor) {
        PlatformRegistration switched = get(id).toBuilder().enabled(enabled).build();
        registrations.save(switched);
        audit(actor, enabled ? AuditAction.REGISTRATION_ENABLED : AuditAction.REGISTRATION_DISABLED, switched);
    }

    void delete(String id, String actor) {
        PlatformRegistration existing = get(id);
        registrations.delete(existing.id());
        audit(actor, AuditAction.REGISTRATION_DELETED, existing);
    }

    void confirmDeployment(String id, String deploymentId, String actor) {
        PlatformRegistration existing = get(id);
        DeploymentId deployment = new DeploymentId(deploymentId);
        if (!existing.unconfirmedDeploymentIds().contains(deployment)) {
            throw new LtiException(LtiError.DEPLOYMENT_UNKNOWN, "no unconfirmed deployment " + deploymentId);
        }
        Set<DeploymentId> confirmed = new HashSet<>(existing.deploymentIds());
        confirmed.add(deployment);
        Set<DeploymentId> unconfirmed = new HashSet<>(existing.unconfirmedDeploymentIds());
        unconfirmed.remove(deployment);
        registrations.save(existing.toBuilder().deploymentIds(confirmed).unconfirmedDeploymentIds(unconfirmed).build());
        events.publishEvent(new AuditEvent(actor, AuditAction.DEPLOYMENT_CONFIRMED, existing.id().value(),
                "deployment " + deploymentId + " of " + describe(existing)));
    }

    private void audit(String actor, AuditAction action, PlatformRegistration registration) {
        events.publishEvent(new AuditEvent(actor, action, registration.id().value(), describe(registration)));
    }

    private static String describe(PlatformRegistration r) {
        return "issuer " + r.issuer().value() + ", client " + r.clientId().value();
    }
}
