package org.pokot.lti.core.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the tool asks for and keeps access tokens.
 *
 * @param assertionLifetime    {@code exp - iat} of the client assertion; short, as it is a one-time credential
 * @param refreshMargin        a cached token is replaced this long before it expires, or a tenth of its lifetime
 *                             when that is shorter, so that a call never leaves with a token about to die
 * @param assumedTokenLifetime used when the token response carries no {@code expires_in}
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
public record AccessTokenSettings(Duration assertionLifetime, Duration refreshMargin, Duration assumedTokenLifetime) {

    public static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(10);

    public AccessTokenSettings {
        Objects.requireNonNull(assertionLifetime, "assertionLifetime");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
        Objects.requireNonNull(assumedTokenLifetime, "assumedTokenLifetime");
        if (assertionLifetime.isNegative() || assertionLifetime.isZero()
                || assertionLifetime.compareTo(MAX_ASSERTION_LIFETIME) > 0) {
            throw new IllegalArgumentException("assertionLifetime must be above 0 and at most " + MAX_ASSERTION_LIFETIME);
        }
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("refreshMargin must not be negative");
        }
        if (assumedTokenLifetime.isNegative() || assumedTokenLifetime.isZero()) {
            throw new IllegalArgumentException("assumedTokenLifetime must be above 0");
        }
    }

    /** Assertions live 5 minutes; tokens are renewed 60 s (or 10 %) before expiry; 5 minutes when no expires_in. */
    public static AccessTokenSettings defaults() {
        return new AccessTokenSettings(Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofMinutes(5));
    }
}
