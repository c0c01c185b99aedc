package org.pokot.lti.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * An access token for a platform's services, with the scopes the platform actually granted: Moodle grants only the
 * requested scopes that the tool type allows, so {@link #scopes()} may be smaller than what was asked for.
 * <p>
 * The token value is a credential: {@link #toString()} never shows it, and no error detail may contain it.
 *
 * @param value     the bearer token
 * @param tokenType {@code Bearer}
 * @param issuedAt  when the tool asked for it (before sending, so that {@link #expiresAt} errs early)
 * @param expiresAt {@code issuedAt + expires_in}
 * @param scopes    the granted scopes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
public record AccessToken(String value, String tokenType, Instant issuedAt, Instant expiresAt, Set<String> scopes)
        implements TokenResult {

    public AccessToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token must not be blank");
        }
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    /**
     * Reads a successful token response leniently: {@code expires_in} may be a number or a numeric string,
     * {@code scope} a space-separated string or an array; without {@code scope} the requested scopes were granted
     * (RFC 6749 §5.1), without {@code expires_in} the token is assumed to live {@code lifetimeIfUnstated}.
     *
     * @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when the token or a field is unusable
     */
    public static AccessToken fromJson(Map<String, Object> json, Instant issuedAt, Set<String> requestedScopes,
                                       Duration lifetimeIfUnstated) {
        Object token = json.get("access_token");
        if (!(token instanceof String value) || value.isBlank()) {
            throw invalid("it carries no access_token");
        }
        String tokenType = "Bearer";
        Object type = json.get("token_type");
        if (type != null) {
            if (!(type instanceof String t) || !t.equalsIgnoreCase("Bearer")) {
                throw invalid("its token_type is not Bearer");
            }
            tokenType = t;
        }
        Duration lifetime = lifetimeIfUnstated;
        Object expiresIn = json.get("expires_in");
        if (expiresIn != null) {
            lifetime = Duration.ofSeconds(seconds(expiresIn));
        }
        Set<String> granted = scopesOf(json.get("scope"));
        return new AccessToken(value, tokenType, issuedAt, issuedAt.plus(lifetime),
                granted.isEmpty() ? requestedScopes : granted);
    }

    /** The token response this token was read from: {@code fromJson(toJson(), issuedAt(), …)} gives it back. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", value);
        json.put("token_type", tokenType);
        json.put("expires_in", Duration.between(issuedAt, expiresAt).getSeconds());
        json.put("scope", String.join(" ", new TreeSet<>(scopes)));
        return json;
    }

    /** {@code Authorization} header value. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    public boolean grants(String scope) {
        return scopes.contains(scope);
    }

    /** True when at least one of {@code anyOf} was granted. */
    public boolean grantsAny(Collection<String> anyOf) {
        return anyOf.stream().anyMatch(scopes::contains);
    }

    /**
     * Still worth sending at {@code now}: not within {@code maxMargin} of expiry, or within a tenth of the token's
     * lifetime when that is shorter (so a 2-minute token is not thrown away after 1 minute).
     */
    public boolean isFreshAt(Instant now, Duration maxMargin) {
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Duration tenth = lifetime.dividedBy(10);
        Duration margin = tenth.compareTo(maxMargin) < 0 ? tenth : maxMargin;
        return now.isBefore(expiresAt.minus(margin));
    }

    @Override
    public String toString() {
        return "AccessToken[value=<redacted>, tokenType=" + tokenType + ", issuedAt=" + issuedAt + ", expiresAt="
                + expiresAt + ", scopes=" + new TreeSet<>(scopes) + "]";
    }

    static Set<String> scopesOf(Object scope) {
        Set<String> out = new TreeSet<>();
        if (scope instanceof String s) {
            for (String part : s.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        } else if (scope instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && !s.isBlank()) {
                    out.add(s.trim());
                }
            }
        } else if (scope != null) {
            throw invalid("its scope is neither a string nor an array");
        }
        return out;
    }

    private static long seconds(Object expiresIn) {
        if (expiresIn instanceof Number n) {
            return n.longValue();
        }
        if (expiresIn instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw invalid("its expires_in is not a number");
            }
        }
        throw invalid("its expires_in is not a number");
    }

    private static LtiException invalid(String what) {
        return new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the token response is unusable: " + what);
    }
}
