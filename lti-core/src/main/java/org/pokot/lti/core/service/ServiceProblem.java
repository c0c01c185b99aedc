package org.pokot.lti.core.service;

import java.util.Objects;
import java.util.OptionalInt;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Why a service call did not succeed, in words an admin can act on. Never holds a token or an assertion.
 *
 * @param error        the classified failure
 * @param operation    what the tool was doing, e.g. {@code "posting a score"}
 * @param httpStatus   the platform's status; empty when no answer arrived
 * @param reasonPhrase the platform's own words: the HTTP reason phrase when the transport gives one (Moodle puts its
 *                     only detail there), else the {@code reason} of Moodle's JSON error body; may be empty
 * @param explanation  what the status means for this operation
 */
public record ServiceProblem(LtiError error, String operation, OptionalInt httpStatus, String reasonPhrase,
                             String explanation) {

    private static final int MAX_REASON = 300;

    public ServiceProblem {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(httpStatus, "httpStatus");
        reasonPhrase = clean(Objects.requireNonNull(reasonPhrase, "reasonPhrase"));
        Objects.requireNonNull(explanation, "explanation");
    }

    /** e.g. {@code posting a score failed: the platform refused the score: … (HTTP 400 "Incorrect score received…")}. */
    public String detail() {
        StringBuilder text = new StringBuilder(operation).append(" failed: ").append(explanation);
        if (httpStatus.isPresent()) {
            text.append(" (HTTP ").append(httpStatus.getAsInt());
            if (!reasonPhrase.isEmpty()) {
                text.append(" \"").append(reasonPhrase).append('"');
            }
            text.append(')');
        }
        return text.toString();
    }

    public LtiException toException() {
        return new LtiException(error, detail());
    }

    private static String clean(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() <= MAX_REASON ? printable : printable.substring(0, MAX_REASON) + "…";
    }
}
