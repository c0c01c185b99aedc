package org.pokot.lti.app.registration;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * Upserts the registrations written in configuration ({@code lti.registrations[n].*}) at start. Deployments an
 * admin confirmed or that launches recorded are kept.
 */
@Component
public class ConfiguredRegistrations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredRegistrations.class);

    private final LtiProperties properties;
    private final RegistrationRepository registrations;

    ConfiguredRegistrations(LtiProperties properties, RegistrationRepository registrations) {
        this.properties = properties;
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (LtiProperties.ConfiguredRegistration configured : properties.registrations()) {
            PlatformRegistration registration = toRegistration(configured);
            registrations.save(registrations.findById(registration.id())
                    .map(existing -> registration.toBuilder()
                            .deploymentIds(union(registration.deploymentIds(), existing.deploymentIds()))
                            .unconfirmedDeploymentIds(existing.unconfirmedDeploymentIds())
                            .enabled(existing.enabled()).build())
                    .orElse(registration));
            log.info("Registered platform {} (client {}) from configuration", registration.issuer(),
                    registration.clientId());
        }
    }

    /**
     * Configuration adds deployments; it never removes one an admin confirmed through the API, nor switches on a
     * registration an admin switched off.
     */
    private static Set<DeploymentId> union(Set<DeploymentId> a, Set<DeploymentId> b) {
        Set<DeploymentId> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The same id on every start for the same (issuer, client_id). */
    public static String stableId(String issuer, String clientId) {
        return UUID.nameUUIDFromBytes((issuer + "\n" + clientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static PlatformRegistration toRegistration(LtiProperties.ConfiguredRegistration c) {
        Set<DeploymentId> deployments = c.deploymentIds() == null ? Set.of()
                : c.deploymentIds().stream().map(DeploymentId::new).collect(Collectors.toSet());
        try {
            return PlatformRegistration.builder()
                    .id(c.id() != null ? c.id() : stableId(c.issuer(), c.clientId()))
                    .issuer(c.issuer()).clientId(c.clientId())
                    .authorizationEndpoint(c.authorizationEndpoint()).tokenEndpoint(c.tokenEndpoint())
                    .jwksUri(c.jwksUri()).deploymentIds(deployments)
                    .unknownDeploymentPolicy(c.unknownDeploymentPolicy())
                    .family(c.family()).tokenAudience(c.tokenAudience())
                    .build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("lti.registrations entry for issuer " + c.issuer() + " is invalid: "
                    + e.getMessage(), e);
        }
    }
}
