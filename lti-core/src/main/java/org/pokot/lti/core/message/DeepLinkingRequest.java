package org.pokot.lti.core.message;

import java.util.Objects;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;

/**
 * An {@code LtiDeepLinkingRequest}: a teacher is choosing content to place in the course. {@code sub} is optional.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-request-message">Deep Linking 2.0 §4.4</a>
 */
public record DeepLinkingRequest(LaunchClaims claims, DeepLinkingSettingsClaim settings) implements LtiMessage {

    public DeepLinkingRequest {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public LtiMessageType type() {
        return LtiMessageType.DEEP_LINKING;
    }

    static DeepLinkingRequest fromClaims(ClaimReader claims, DeploymentId deploymentId) {
        LaunchClaims common = LaunchClaims.fromClaims(claims, deploymentId);
        DeepLinkingSettingsClaim settings = DeepLinkingSettingsClaim.fromClaims(claims);
        // Deep Linking 2.0 §4.4: content selection is for people who build the course, never for learners.
        if (!common.roles().canManageContent()) {
            throw new LtiException(LtiError.DEEP_LINKING_NOT_ALLOWED, "roles " + common.roles().roles().stream()
                    .map(LtiRole::principalName).toList() + " may not choose content; an instructor, content "
                    + "developer or administrator role is needed");
        }
        return new DeepLinkingRequest(common, settings);
    }
}
