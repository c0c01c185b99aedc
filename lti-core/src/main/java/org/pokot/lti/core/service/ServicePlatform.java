package org.pokot.lti.core.service;

import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A platform as the service clients see it: its registration, plus an override of the {@code aud} its token
 * endpoint wants in the client assertion.
 *
 * @param registration  the platform and the client id it gave the tool
 * @param tokenAudience an {@code aud} that overrides the registration's; empty means
 *                      {@link PlatformRegistration#assertionAudience()}
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
public record ServicePlatform(PlatformRegistration registration, Optional<String> tokenAudience) {

    public ServicePlatform {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(tokenAudience, "tokenAudience");
        if (tokenAudience.isPresent() && tokenAudience.get().isBlank()) {
            throw new IllegalArgumentException("a token audience override must not be blank");
        }
    }

    public static ServicePlatform of(PlatformRegistration registration) {
        return new ServicePlatform(registration, Optional.empty());
    }

    public ServicePlatform withTokenAudience(String audience) {
        return new ServicePlatform(registration, Optional.of(audience));
    }

    /** The {@code aud} of the client assertion: the override, else the registration's setting or family default. */
    public String assertionAudience() {
        return tokenAudience.orElseGet(registration::assertionAudience);
    }
}
