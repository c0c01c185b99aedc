package org.pokot.lti.core.service;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The token endpoint said no, or did not answer. {@link #error()} classifies the case:
 * <ul>
 *   <li>{@link LtiError#ACCESS_TOKEN_REJECTED}: {@code invalid_client}, {@code unauthorized_client},
 *       {@code invalid_grant}, or a free-text message, which is how Moodle reports a failed assertion check
 *       ({@code "Signature verification failed"}, {@code "Expired token"});</li>
 *   <li>{@link LtiError#SCOPE_NOT_GRANTED}: {@code invalid_scope} (Moodle: none of the requested scopes is allowed);</li>
 *   <li>{@link LtiError#PLATFORM_SERVICE_UNAVAILABLE}: no answer, 408, 425, 429 or 5xx: worth retrying;</li>
 *   <li>{@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID}: an answer that is neither a token nor an error;</li>
 *   <li>{@link LtiError#PLATFORM_SERVICE_ERROR}: any other error code, kept as sent.</li>
 * </ul>
 *
 * @param httpStatus  the status, empty when no answer arrived
 * @param code        the platform's {@code error} exactly as sent (Moodle may send a sentence), or what the tool saw
 *                    when there was none
 * @param description {@code error_description}, when sent
 * @param retryAt     from {@code Retry-After}, when sent
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">RFC 6749 §5.2</a>
 */
public record TokenError(LtiError error, OptionalInt httpStatus, String code, Optional<String> description,
                         Optional<Instant> retryAt) implements TokenResult {

    private static final Set<String> CLIENT_CODES = Set.of("invalid_client", "unauthorized_client", "invalid_grant");
    private static final int MAX_TEXT = 200;

    public TokenError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(httpStatus, "httpStatus");
        code = clean(Objects.requireNonNull(code, "code"));
        description = Objects.requireNonNull(description, "description").map(TokenError::clean);
        Objects.requireNonNull(retryAt, "retryAt");
    }

    /**
     * An error response. Lenient: the body may have come as {@code text/html} (Moodle) and the status may be any.
     *
     * @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when there is no {@code error}
     */
    public static TokenError fromJson(Map<String, Object> json, int httpStatus) {
        Object code = json.get("error");
        if (!(code instanceof String c) || c.isBlank()) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID,
                    "the token endpoint answered HTTP " + httpStatus + " without a token or an error code");
        }
        Object description = json.get("error_description");
        return new TokenError(classify(httpStatus, c), OptionalInt.of(httpStatus), c,
                description instanceof String d && !d.isBlank() ? Optional.of(d) : Optional.empty(), Optional.empty());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", code);
        description.ifPresent(d -> json.put("error_description", d));
        return json;
    }

    /** An error code found in a body that is not valid JSON (Moodle does not escape its messages). */
    static TokenError ofCode(int httpStatus, String code) {
        return new TokenError(classify(httpStatus, code), OptionalInt.of(httpStatus), code, Optional.empty(),
                Optional.empty());
    }

    static TokenError noAnswer(URI tokenEndpoint, IOException cause) {
        return new TokenError(LtiError.PLATFORM_SERVICE_UNAVAILABLE, OptionalInt.empty(),
                PlatformServiceClient.describe(cause), Optional.of("no answer from " + tokenEndpoint), Optional.empty());
    }

    /** A body that is neither a token nor an error. Its text is never kept: it might hold a token. */
    static TokenError unreadable(int httpStatus, String contentType) {
        LtiError error = isRetryableStatus(httpStatus)
                ? LtiError.PLATFORM_SERVICE_UNAVAILABLE : LtiError.PLATFORM_SERVICE_RESPONSE_INVALID;
        return new TokenError(error, OptionalInt.of(httpStatus), "unreadable response",
                Optional.of("a body that is not a JSON token or error response (Content-Type " + contentType + ")"),
                Optional.empty());
    }

    TokenError withRetryAt(Optional<Instant> at) {
        return new TokenError(error, httpStatus, code, description, at);
    }

    public boolean isRetryable() {
        return error == LtiError.PLATFORM_SERVICE_UNAVAILABLE;
    }

    /** What happened and what an admin can do, without any token or assertion. */
    public String detail() {
        StringBuilder text = new StringBuilder("the token endpoint ");
        if (httpStatus.isPresent()) {
            text.append("answered HTTP ").append(httpStatus.getAsInt()).append(" with error \"").append(code).append('"');
        } else {
            text.append("did not answer (").append(code).append(')');
        }
        description.ifPresent(d -> text.append(": ").append(d));
        hint().ifPresent(h -> text.append(". ").append(h));
        return text.toString();
    }

    public LtiException toException() {
        return new LtiException(error, detail());
    }

    private Optional<String> hint() {
        String lower = code.toLowerCase(Locale.ROOT);
        if (error == LtiError.ACCESS_TOKEN_REJECTED) {
            if (lower.contains("expired") || lower.contains("prior to")) {
                return Optional.of("The platform thinks the client assertion is not valid now: check that the "
                        + "tool's and the platform's clocks agree");
            }
            if (lower.contains("signature") || lower.contains("key") || lower.contains("kid")) {
                return Optional.of("The platform cannot verify the assertion's signature: check that the tool's "
                        + "key set URL is registered on the platform and serves the tool's current key");
            }
            return Optional.of("Check the client id of the registration and the tool's key set URL on the platform");
        }
        if (error == LtiError.SCOPE_NOT_GRANTED) {
            return Optional.of("The platform allows none of the requested scopes: enable the service for the tool "
                    + "(Moodle: the tool's \"IMS LTI Assignment and Grade Services\" setting)");
        }
        return Optional.empty();
    }

    static LtiError classify(int httpStatus, String code) {
        if (isRetryableStatus(httpStatus) || code.equals("temporarily_unavailable") || code.equals("server_error")) {
            return LtiError.PLATFORM_SERVICE_UNAVAILABLE;
        }
        if (code.equals("invalid_scope")) {
            return LtiError.SCOPE_NOT_GRANTED;
        }
        if (CLIENT_CODES.contains(code) || !code.matches("[a-z_]+")) {
            // Moodle's token.php sends the text of the JWT library's exception as the error
            return LtiError.ACCESS_TOKEN_REJECTED;
        }
        return LtiError.PLATFORM_SERVICE_ERROR;
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private static String clean(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() <= MAX_TEXT ? printable : printable.substring(0, MAX_TEXT) + "…";
    }
}
