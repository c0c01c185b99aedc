package org.pokot.lti.app.registration;

import java.util.List;

import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/** One registration as the console's list shows it, deployments sorted. */
public record RegistrationSummary(String id, String issuer, String clientId, PlatformFamily family,
                           String authorizationEndpoint, String tokenEndpoint, String jwksUri,
                           List<String> deployments, List<String> unconfirmedDeployments,
                           UnknownDeploymentPolicy unknownDeploymentPolicy, String assertionAudience,
                           boolean enabled) {

    static RegistrationSummary of(PlatformRegistration r) {
        return new RegistrationSummary(r.id().value(), r.issuer().value(), r.clientId().value(), r.family(),
                r.authorizationEndpoint().toString(), r.tokenEndpoint().toString(), r.jwksUri().toString(),
                r.deploymentIds().stream().map(DeploymentId::value).sorted().toList(),
                r.unconfirmedDeploymentIds().stream().map(DeploymentId::value).sorted().toList(),
                r.unknownDeploymentPolicy(), r.assertionAudience(), r.enabled());
    }
}
