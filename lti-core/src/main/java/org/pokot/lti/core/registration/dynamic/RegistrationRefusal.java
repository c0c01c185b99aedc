package org.pokot.lti.core.registration.dynamic;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a platform refused a registration, as far as its answer tells. Moodle answers with bare strings (400, 401,
 * 403) or, for any other failure, with an HTML error page and HTTP 404; RFC 7591 platforms answer with JSON.
 */
public enum RegistrationRefusal {
    TOKEN_MISSING("missing_registration_token",
            "The platform did not receive the registration token. Start the registration again from the LMS."),
    TOKEN_ALREADY_USED("token_already_used",
            "The registration token was already used for a completed registration. Start again from the LMS."),
    TOKEN_SCOPE_INCORRECT("incorrect scope",
            "The registration token does not allow this registration. Start again from the LMS."),
    UNKNOWN_TOOL("unknown client",
            "The platform no longer has the tool this update was for. Register the tool as a new tool instead."),
    METADATA_INVALID("",
            "The platform did not accept the tool's registration data."),
    ERROR_PAGE("",
            "The platform answered with an error page instead of a registration. In Moodle this usually means "
                    + "that the registration token has expired (it lives one hour) or was not accepted: start the "
                    + "registration again from the LMS."),
    OTHER("",
            "The platform refused the registration.");

    private final String platformCode;
    private final String explanation;

    RegistrationRefusal(String platformCode, String explanation) {
        this.platformCode = platformCode;
        this.explanation = explanation;
    }

    /** The refusal a bare-string or JSON error code names; {@link #METADATA_INVALID} for any other 400 code. */
    static RegistrationRefusal fromCode(String code, int status) {
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> !r.platformCode.isEmpty() && r.platformCode.equals(normalized))
                .findFirst().orElse(status == 400 ? METADATA_INVALID : OTHER);
    }

    /** Plain words for the admin. */
    public String explanation() {
        return explanation;
    }
}
