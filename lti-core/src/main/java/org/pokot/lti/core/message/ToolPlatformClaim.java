package org.pokot.lti.core.message;

import java.util.Optional;

/**
 * The platform instance that sent the message.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-instance-claim">LTI 1.3 §5.4.2</a>
 */
public record ToolPlatformClaim(Optional<String> guid, Optional<String> name, Optional<String> productFamilyCode,
                                Optional<String> version) {

    static Optional<ToolPlatformClaim> fromClaims(ClaimReader claims) {
        return claims.object(LtiClaimNames.TOOL_PLATFORM).map(p -> new ToolPlatformClaim(p.string("guid"),
                p.string("name"), p.string("product_family_code"), p.string("version")));
    }
}
