package org.pokot.lti.app.registration;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * Manual registration by an admin, as JSON: {@code POST /admin/api/registrations}. Registering the same
 * (issuer, client_id) again updates it. The admin console and dynamic registration come later.
 */
@RestController
class RegistrationAdminController {

    private final RegistrationRepository registrations;

    RegistrationAdminController(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/admin/api/registrations")
    List<RegistrationResponse> list() {
        return registrations.findAll().stream().map(RegistrationResponse::of).toList();
    }

    @PostMapping("/admin/api/registrations")
    ResponseEntity<RegistrationResponse> register(@RequestBody RegistrationRequest request) {
        PlatformRegistration registration = request.toRegistration();
        PlatformRegistration saved = registrations.findByIssuerAndClientId(registration.issuer(), registration.clientId())
                .map(existing -> registration.toBuilder().id(existing.id().value())
                        .unconfirmedDeploymentIds(existing.unconfirmedDeploymentIds())
                        .enabled(request.enabled() == null ? existing.enabled() : request.enabled()).build())
                .orElse(registration);
        boolean created = registrations.findById(saved.id()).isEmpty();
        registrations.save(saved);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(RegistrationResponse.of(saved));
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
