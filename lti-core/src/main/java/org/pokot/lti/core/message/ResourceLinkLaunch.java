package org.pokot.lti.core.message;

import java.util.Objects;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;

/**
 * An {@code LtiResourceLinkRequest}: a user opened a placement of the tool.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI 1.3 §5.3</a>
 */
public record ResourceLinkLaunch(LaunchClaims claims, UserIdentity user, ResourceLinkClaim resourceLink)
        implements LtiMessage {

    public ResourceLinkLaunch {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(resourceLink, "resourceLink");
    }

    @Override
    public LtiMessageType type() {
        return LtiMessageType.RESOURCE_LINK;
    }

    static ResourceLinkLaunch fromClaims(ClaimReader claims, DeploymentId deploymentId) {
        LaunchClaims common = LaunchClaims.fromClaims(claims, deploymentId);
        UserIdentity user = common.user().orElseThrow(() -> new LtiException(LtiError.SUBJECT_MISSING,
                "claim sub is missing or empty; a resource link launch needs the user's id"));
        return new ResourceLinkLaunch(common, user, ResourceLinkClaim.fromClaims(claims));
    }
}
