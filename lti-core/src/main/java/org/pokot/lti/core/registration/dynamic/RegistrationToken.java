package org.pokot.lti.core.registration.dynamic;

import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * The platform's one-time credential for its registration endpoint. The tool passes it on as a bearer token and
 * reads its claims only as hints (is this an update, of which tool, until when): the platform, not the tool, checks
 * the signature, so nothing here is trusted. Tokens that are not JWTs are allowed and carry no hints.
 * <p>
 * A credential: {@link #toString()} never shows it, and the tool never logs it or puts it in a page or URL.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#overview">Dynamic Registration, registration initiation</a>
 */
public final class RegistrationToken {

    /** Moodle's scope for a token that updates an existing tool type ({@code sub} is then the type id). */
    static final String UPDATE_SCOPE = "reg-update";

    private final String value;
    private final Optional<JWTClaimsSet> claims;

    private RegistrationToken(String value, Optional<JWTClaimsSet> claims) {
        this.value = value;
        this.claims = claims;
    }

    /** @throws IllegalArgumentException when blank or not a bearer token's characters (RFC 6750 §2.1) */
    public static RegistrationToken of(String value) {
        if (value == null || !value.matches("[A-Za-z0-9\\-._~+/]+=*")) {
            throw new IllegalArgumentException("the registration token is not a bearer token");
        }
        return new RegistrationToken(value, readClaims(value));
    }

    private static Optional<JWTClaimsSet> readClaims(String value) {
        try {
            return Optional.ofNullable(JWTParser.parse(value).getJWTClaimsSet());
        } catch (ParseException e) {
            return Optional.empty(); // an opaque token, or an encrypted one: no hints
        }
    }

    /** The value of the {@code Authorization} header: {@code Bearer } exactly, as Moodle compares it. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** For storing the token between the two steps of a registration. */
    public String value() {
        return value;
    }

    public List<String> scopes() {
        return claims.map(c -> c.getClaim("scope")).filter(String.class::isInstance).map(String.class::cast)
                .map(s -> Arrays.stream(s.split(" ")).filter(p -> !p.isBlank()).toList()).orElse(List.of());
    }

    public Optional<String> subject() {
        return claims.map(JWTClaimsSet::getSubject);
    }

    public Optional<Instant> expiresAt() {
        return claims.map(JWTClaimsSet::getExpirationTime).map(java.util.Date::toInstant);
    }

    /** True when the platform means to update a tool it already has (Moodle's "Update" choice). */
    public boolean isUpdate() {
        return scopes().contains(UPDATE_SCOPE);
    }

    /** The platform's own id of the tool an update token is for (Moodle: the tool type id). */
    public Optional<String> updatedToolId() {
        return isUpdate() ? subject() : Optional.empty();
    }

    /**
     * Lets a platform's answer be checked for an echo of the token, or of a part of it, before it is shown: its
     * first 16 characters or any JWT segment of that length.
     */
    boolean appearsIn(String text) {
        if (value.length() < 16) {
            return text.contains(value);
        }
        return text.contains(value.substring(0, 16))
                || Arrays.stream(value.split("\\.")).anyMatch(part -> part.length() >= 16 && text.contains(part));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistrationToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "RegistrationToken[scope=" + String.join(" ", scopes()) + "]";
    }
}
