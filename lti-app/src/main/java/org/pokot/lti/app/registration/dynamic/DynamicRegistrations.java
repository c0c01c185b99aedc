package org.pokot.lti.app.registration.dynamic;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.app.registration.ConfiguredRegistrations;
import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;
import org.pokot.lti.core.registration.dynamic.ClientRegistrationError;
import org.pokot.lti.core.registration.dynamic.ClientRegistrationRequest;
import org.pokot.lti.core.registration.dynamic.ClientRegistrationResponse;
import org.pokot.lti.core.registration.dynamic.ClientRegistrationResult;
import org.pokot.lti.core.registration.dynamic.DynamicRegistrar;
import org.pokot.lti.core.registration.dynamic.PlatformConfiguration;
import org.pokot.lti.core.registration.dynamic.RegistrationToken;
import org.pokot.lti.core.registration.dynamic.ToolRegistrationProfile;

/**
 * The two steps of a dynamic registration: {@link #start} checks the platform and keeps what the confirmation
 * needs; {@link #complete} posts the registration and stores its answer. A registration row is written only after
 * the platform's success, and every outcome is published as an {@link AuditEvent}.
 */
@Service
class DynamicRegistrations {

    private final DynamicRegistrar registrar;
    private final JdbcPendingRegistrations pending;
    private final RegistrationRepository registrations;
    private final ToolUrls toolUrls;
    private final ToolRegistrationProfile profile;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;
    private final LtiProperties.DynamicRegistration settings;

    DynamicRegistrations(DynamicRegistrar registrar, JdbcPendingRegistrations pending,
                         RegistrationRepository registrations, ToolUrls toolUrls, ToolRegistrationProfile profile,
                         ApplicationEventPublisher events, IdGenerator ids, Clock clock, LtiProperties properties) {
        this.registrar = registrar;
        this.pending = pending;
        this.registrations = registrations;
        this.toolUrls = toolUrls;
        this.profile = profile;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.settings = properties.dynamicRegistration();
    }

    /** Step 1: fetch and check the configuration, and keep it with the token under a new id. */
    PendingRegistration start(URI configurationUrl, Optional<RegistrationToken> token) {
        try {
            PlatformConfiguration platform = registrar.discover(configurationUrl, token);
            Instant now = clock.instant();
            PendingRegistration started = new PendingRegistration(ids.newId(), platform, token,
                    token.flatMap(t -> registrar.currentRegistration(platform, t)), now, expiry(now, token));
            pending.save(started);
            return started;
        } catch (LtiException e) {
            failed("platform:" + originOf(configurationUrl), e);
            throw e;
        }
    }

    /** The request the tool will post for this registration: what the confirmation page shows. */
    ClientRegistrationRequest requestFor(PendingRegistration registration) {
        return ClientRegistrationRequest.forTool(toolUrls, profile, registration.platform());
    }

    /** The tool's registration an update is for, when the platform said which client it is and the tool has it. */
    Optional<PlatformRegistration> updatedRegistration(PendingRegistration registration) {
        return registration.current().flatMap(c -> registrations.findByIssuerAndClientId(
                registration.platform().issuer(), c.clientId()));
    }

    /**
     * Step 2: post the registration. A refusal or no answer puts the pending registration back, so that the admin
     * can try again while the platform's token is valid (a token is used up only by a success).
     */
    CompletedRegistration complete(String pendingId) {
        PendingRegistration registration = pending.take(pendingId, clock.instant())
                .orElseThrow(() -> new LtiException(LtiError.DYNAMIC_REGISTRATION_EXPIRED,
                        "no registration in progress has this id"));
        ClientRegistrationResult result;
        try {
            result = registrar.register(registration.platform(), requestFor(registration), registration.token());
        } catch (LtiException e) {
            if (e.error() == LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE) {
                pending.putBack(registration);
            }
            failed(registration.actor(), e);
            throw e;
        }
        if (result instanceof ClientRegistrationError refused) {
            pending.putBack(registration);
            LtiException e = refused.toException();
            failed(registration.actor(), e);
            throw e;
        }
        CompletedRegistration completed = store(registration.platform(), (ClientRegistrationResponse) result);
        PlatformRegistration saved = completed.registration();
        events.publishEvent(new AuditEvent(registration.actor(), AuditAction.DYNAMIC_REGISTRATION_COMPLETED,
                saved.id().value(), (completed.updated() ? "updated" : "created") + " client " + saved.clientId()
                        + ", deployments " + saved.deploymentIds() + ", " + saved.family()));
        return completed;
    }

    /**
     * The platform's answer as a registration: the tool's existing one for this client updated (its id, deployments,
     * policy and switch kept), else a new one under the usual stable id.
     */
    private CompletedRegistration store(PlatformConfiguration platform, ClientRegistrationResponse response) {
        Optional<PlatformRegistration> existing = registrations.findByIssuerAndClientId(platform.issuer(),
                response.clientId());
        PlatformRegistration.Builder builder = existing.map(PlatformRegistration::toBuilder)
                .orElseGet(() -> PlatformRegistration.builder()
                        .id(ConfiguredRegistrations.stableId(platform.issuer().value(), response.clientId().value()))
                        .issuer(platform.issuer().value()).clientId(response.clientId().value())
                        // a platform that names no deployment still registered this client itself: its first
                        // deployment is recorded for an admin to confirm
                        .unknownDeploymentPolicy(response.deploymentId().isPresent() ? UnknownDeploymentPolicy.REJECT
                                : UnknownDeploymentPolicy.ACCEPT_AND_RECORD));
        builder.authorizationEndpoint(platform.authorizationEndpoint()).tokenEndpoint(platform.tokenEndpoint())
                .jwksUri(platform.jwksUri()).family(platform.lti().family())
                .tokenAudience(platform.authorizationServer()
                        .orElse(existing.flatMap(PlatformRegistration::tokenAudience).orElse(null)));
        response.deploymentId().ifPresent(d -> builder.deploymentId(d.value()));
        PlatformRegistration registration = builder.build();
        registrations.save(registration);
        return new CompletedRegistration(registration, existing.isPresent());
    }

    private Instant expiry(Instant now, Optional<RegistrationToken> token) {
        Instant ours = now.plus(settings.pendingTimeToLive());
        return token.flatMap(RegistrationToken::expiresAt).filter(exp -> exp.isAfter(now) && exp.isBefore(ours))
                .orElse(ours);
    }

    private void failed(String actor, LtiException e) {
        events.publishEvent(new AuditEvent(actor, AuditAction.DYNAMIC_REGISTRATION_FAILED, "",
                e.error().code() + ": " + e.detail()));
    }

    static String originOf(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
