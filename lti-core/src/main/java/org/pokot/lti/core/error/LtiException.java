package org.pokot.lti.core.error;

import java.util.Objects;

/**
 * The one exception of the LTI core. {@link #error()} says what failed; {@link #detail()} says which value, in words
 * an admin can act on, and never contains a token, key or secret.
 */
public class LtiException extends RuntimeException {

    private final LtiError error;
    private final String detail;

    public LtiException(LtiError error, String detail) {
        this(error, detail, null);
    }

    public LtiException(LtiError error, String detail, Throwable cause) {
        super(error.code() + ": " + detail, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public LtiError error() {
        return error;
    }

    public String detail() {
        return detail;
    }
}
