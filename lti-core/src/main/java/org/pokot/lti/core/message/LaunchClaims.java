package org.pokot.lti.core.message;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.DeploymentId;

/**
 * The claims every LTI launch message shares.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 §5.3</a>
 */
public record LaunchClaims(
        DeploymentId deploymentId,
        URI targetLinkUri,
        Optional<UserIdentity> user,
        LtiRoles roles,
        Optional<ContextClaim> context,
        Optional<ToolPlatformClaim> toolPlatform,
        LaunchPresentationClaim presentation,
        CustomParameters custom,
        Optional<AgsEndpointClaim> ags,
        Optional<NrpsClaim> nrps) {

    public LaunchClaims {
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(roles, "roles");
    }

    /** Reads the shared claims; the deployment id has been read (and checked) by the validator. */
    static LaunchClaims fromClaims(ClaimReader claims, DeploymentId deploymentId) {
        URI target = claims.uri(LtiClaimNames.TARGET_LINK_URI).orElseThrow(() -> new LtiException(
                LtiError.TARGET_LINK_URI_MISSING, "claim " + LtiClaimNames.TARGET_LINK_URI + " is missing"));
        if (!claims.has(LtiClaimNames.ROLES)) {
            throw new LtiException(LtiError.ROLES_MISSING, "claim " + LtiClaimNames.ROLES + " is missing");
        }
        return new LaunchClaims(deploymentId, target, UserIdentity.fromClaims(claims),
                LtiRoles.of(claims.strings(LtiClaimNames.ROLES)), ContextClaim.fromClaims(claims),
                ToolPlatformClaim.fromClaims(claims), LaunchPresentationClaim.fromClaims(claims),
                CustomParameters.fromClaims(claims), AgsEndpointClaim.fromClaims(claims),
                NrpsClaim.fromClaims(claims));
    }

    /** Parses a verified id_token's claims into the message its {@code message_type} names. */
    public static LtiMessage parseMessage(Map<String, Object> claimSet, DeploymentId deploymentId) {
        ClaimReader claims = ClaimReader.of(claimSet);
        String type = claims.string(LtiClaimNames.MESSAGE_TYPE).orElseThrow(() -> new LtiException(
                LtiError.MESSAGE_TYPE_UNSUPPORTED, "claim " + LtiClaimNames.MESSAGE_TYPE + " is missing"));
        LtiMessageType messageType = LtiMessageType.fromClaim(type).orElseThrow(() -> new LtiException(
                LtiError.MESSAGE_TYPE_UNSUPPORTED, "message_type \"" + type
                        + "\" is not one of LtiResourceLinkRequest, LtiDeepLinkingRequest"));
        String version = claims.string(LtiClaimNames.VERSION).orElse("");
        if (!version.equals("1.3.0")) {
            throw new LtiException(LtiError.VERSION_UNSUPPORTED,
                    "claim " + LtiClaimNames.VERSION + " is \"" + version + "\", expected \"1.3.0\"");
        }
        if (messageType == LtiMessageType.RESOURCE_LINK) {
            return ResourceLinkLaunch.fromClaims(claims, deploymentId);
        }
        return DeepLinkingRequest.fromClaims(claims, deploymentId);
    }
}
