package org.pokot.lti.app.launch;

import java.util.List;

import org.pokot.lti.core.launch.DeploymentAdmission;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.ContextClaim;
import org.pokot.lti.core.message.DeepLinkingRequest;
import org.pokot.lti.core.message.LaunchClaims;
import org.pokot.lti.core.message.LtiRole;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/** What the launch page shows. */
record LaunchView(String userName, String userId, String role, List<String> roleUris, String contextTitle,
                  String contextId, String resourceLinkTitle, String resourceLinkId, String locale,
                  String platform, String messageType, boolean unconfirmedDeployment, String sessionToken) {

    static LaunchView of(ValidatedLaunch launch, String sessionToken) {
        LaunchClaims claims = launch.message().claims();
        String linkTitle = "";
        String linkId = "";
        if (launch.message() instanceof ResourceLinkLaunch link) {
            linkId = link.resourceLink().id();
            linkTitle = link.resourceLink().title().orElse(linkId);
        } else if (launch.message() instanceof DeepLinkingRequest) {
            linkTitle = "Content selection (deep linking)";
        }
        return new LaunchView(
                claims.user().map(u -> u.displayName()).orElse("Anonymous"),
                claims.user().map(u -> u.subject()).orElse(""),
                claims.roles().primaryLabel(),
                claims.roles().roles().stream().map(LtiRole::uri).toList(),
                claims.context().map(ContextClaim::displayName).orElse("(no course)"),
                claims.context().map(ContextClaim::id).orElse(""),
                linkTitle, linkId,
                claims.presentation().locale().orElse(""),
                claims.toolPlatform().flatMap(p -> p.name()).orElse(launch.registration().issuer().value()),
                launch.message().type().claimValue(),
                launch.admission() == DeploymentAdmission.RECORDED_UNCONFIRMED,
                sessionToken);
    }
}
