package org.pokot.lti.core.registration.dynamic;

import java.util.Objects;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * A platform's refusal.
 *
 * @param platformText what the platform said, when it was a short plain message or an RFC 7591 error code and
 *                     description: never an HTML page and never the registration token; empty otherwise
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.2.2">RFC 7591 §3.2.2</a>
 */
public record ClientRegistrationError(int status, RegistrationRefusal refusal, String platformText)
        implements ClientRegistrationResult {

    public ClientRegistrationError {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(platformText, "platformText");
    }

    /** The refusal in words, with what the platform said, for the admin's page. */
    public String explanation() {
        return refusal.explanation() + " (HTTP " + status
                + (platformText.isEmpty() ? "" : ", the platform said: \u201c" + platformText + "\u201d") + ")";
    }

    public LtiException toException() {
        return new LtiException(LtiError.DYNAMIC_REGISTRATION_REFUSED, explanation());
    }
}
