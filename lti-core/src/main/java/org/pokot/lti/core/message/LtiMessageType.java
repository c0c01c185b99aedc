package org.pokot.lti.core.message;

import java.util.Arrays;
import java.util.Optional;

/**
 * Message types this tool understands.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim">LTI 1.3 §5.3.1</a>
 */
public enum LtiMessageType {
    RESOURCE_LINK("LtiResourceLinkRequest"),
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claimValue;

    LtiMessageType(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public static Optional<LtiMessageType> fromClaim(String value) {
        return Arrays.stream(values()).filter(t -> t.claimValue.equals(value)).findFirst();
    }
}
