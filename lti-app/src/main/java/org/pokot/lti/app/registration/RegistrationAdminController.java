package org.pokot.lti.app.registration;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * Manual registration by an admin, as JSON under {@code /admin/api/registrations}: the same operations as the
 * console's registration pages. Registering the same (issuer, client_id) again with POST updates it. Every change
 * goes to the audit log under the caller's name.
 */
@RestController
@RequestMapping("/admin/api/registrations")
class RegistrationAdminController {

    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;

    RegistrationAdminController(RegistrationRepository registrations, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.events = events;
    }

    @GetMapping
    List<RegistrationResponse> list() {
        return registrations.findAll().stream().map(RegistrationResponse::of).toList();
    }

    @GetMapping("/{id}")
    RegistrationResponse get(@PathVariable String id) {
        return RegistrationResponse.of(existing(id));
    }

    @PostMapping
    ResponseEntity<RegistrationResponse> register(@RequestBody RegistrationRequest request, Principal principal) {
        PlatformRegistration registration = request.toRegistration();
        PlatformRegistration saved = registrations.findByIssuerAndClientId(registration.issuer(), registration.clientId())
                .map(existing -> registration.toBuilder().id(existing.id().value())
                        .unconfirmedDeploymentIds(existing.unconfirmedDeploymentIds())
                        .enabled(request.enabled() == null ? existing.enabled() : request.enabled()).build())
                .orElse(registration);
        boolean created = registrations.findById(saved.id()).isEmpty();
        registrations.save(saved);
        audit(principal, created ? AuditAction.REGISTRATION_CREATED : AuditAction.REGISTRATION_UPDATED, saved);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(RegistrationResponse.of(saved));
    }

    /** Replaces every field of the registration but its id and the deployment ids launches recorded. */
    @PutMapping("/{id}")
    RegistrationResponse update(@PathVariable String id, @RequestBody RegistrationRequest request, Principal principal) {
        PlatformRegistration existing = existing(id);
        PlatformRegistration replacement = request.toRegistration();
        registrations.findByIssuerAndClientId(replacement.issuer(), replacement.clientId())
                .filter(other -> !other.id().equals(existing.id()))
                .ifPresent(other -> {
                    throw new LtiException(LtiError.REGISTRATION_INVALID, "registration " + other.id().value()
                            + " already has this issuer and clientId");
                });
        PlatformRegistration saved = replacement.toBuilder().id(id)
                .unconfirmedDeploymentIds(existing.unconfirmedDeploymentIds())
                .enabled(request.enabled() == null ? existing.enabled() : request.enabled()).build();
        registrations.save(saved);
        audit(principal, AuditAction.REGISTRATION_UPDATED, saved);
        return RegistrationResponse.of(saved);
    }

    @PostMapping("/{id}/enable")
    RegistrationResponse enable(@PathVariable String id, Principal principal) {
        return switchTo(true, id, principal);
    }

    @PostMapping("/{id}/disable")
    RegistrationResponse disable(@PathVariable String id, Principal principal) {
        return switchTo(false, id, principal);
    }

    /** Also removes the registration's learners' progress, completions and undelivered scores. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Principal principal) {
        PlatformRegistration existing = existing(id);
        registrations.delete(existing.id());
        audit(principal, AuditAction.REGISTRATION_DELETED, existing);
        return ResponseEntity.noContent().build();
    }

    private RegistrationResponse switchTo(boolean enabled, String id, Principal principal) {
        PlatformRegistration saved = existing(id).toBuilder().enabled(enabled).build();
        registrations.save(saved);
        audit(principal, enabled ? AuditAction.REGISTRATION_ENABLED : AuditAction.REGISTRATION_DISABLED, saved);
        return RegistrationResponse.of(saved);
    }

    private PlatformRegistration existing(String id) {
        return registrations.findById(new RegistrationId(id)).orElseThrow(() -> new LtiException(
                LtiError.REGISTRATION_UNKNOWN, "no registration with id " + id));
    }

    private void audit(Principal principal, AuditAction action, PlatformRegistration registration) {
        events.publishEvent(new AuditEvent(principal.getName(), action, registration.id().value(),
                registration.issuer().value() + " " + registration.clientId().value()));
    }

    /** The JSON an admin posts. Every field is checked, and a bad one is named in the 400 answer. */
    record RegistrationRequest(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
                               String jwksUri, Set<String> deploymentIds, UnknownDeploymentPolicy unknownDeploymentPolicy,
                               PlatformFamily family, String tokenAudience, Boolean enabled) {

        PlatformRegistration toRegistration() {
            require(issuer, "issuer");
            require(clientId, "clientId");
            try {
                return PlatformRegistration.builder()
                        .id(ConfiguredRegistrations.stableId(issuer, clientId))
                        .issuer(issuer).clientId(clientId)
                        .authorizationEndpoint(uri(authorizationEndpoint, "authorizationEndpoint"))
                        .tokenEndpoint(uri(tokenEndpoint, "tokenEndpoint"))
                        .jwksUri(uri(jwksUri, "jwksUri"))
                        .deploymentIds(deploymentIds == null ? Set.of()
                                : deploymentIds.stream().map(DeploymentId::new).collect(Collectors.toSet()))
                        .unknownDeploymentPolicy(unknownDeploymentPolicy == null ? UnknownDeploymentPolicy.REJECT
                                : unknownDeploymentPolicy)
                        .family(family == null ? PlatformFamily.OTHER : family)
                        .tokenAudience(tokenAudience)
                        .enabled(enabled == null || enabled)
                        .build();
            } catch (IllegalArgumentException e) {
                throw new LtiException(LtiError.REGISTRATION_INVALID, e.getMessage());
            }
        }

        private static void require(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new LtiException(LtiError.REGISTRATION_INVALID, field + " is required");
            }
        }

        private static URI uri(String value, String field) {
            require(value, field);
            try {
                return URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new LtiException(LtiError.REGISTRATION_INVALID, field + " is not a URL");
            }
        }
    }

    record RegistrationResponse(String id, String issuer, String clientId, String authorizationEndpoint,
                                String tokenEndpoint, String jwksUri, Set<String> deploymentIds,
                                Set<String> unconfirmedDeploymentIds, UnknownDeploymentPolicy unknownDeploymentPolicy,
                                PlatformFamily family, String tokenAudience, String assertionAudience,
                                boolean enabled) {

        static RegistrationResponse of(PlatformRegistration r) {
            return new RegistrationResponse(r.id().value(), r.issuer().value(), r.clientId().value(),
                    r.authorizationEndpoint().toString(), r.tokenEndpoint().toString(), r.jwksUri().toString(),
                    r.deploymentIds().stream().map(DeploymentId::value).collect(Collectors.toSet()),
                    r.unconfirmedDeploymentIds().stream().map(DeploymentId::value).collect(Collectors.toSet()),
                    r.unknownDeploymentPolicy(), r.family(), r.tokenAudience().orElse(null), r.assertionAudience(),
                    r.enabled());
        }
    }
}
