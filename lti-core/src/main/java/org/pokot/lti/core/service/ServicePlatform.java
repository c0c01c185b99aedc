package org.pokot.lti.core.service;

import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A platform as the service clients see it: its registration, plus the {@code aud} its token endpoint wants in the
 * client assertion when that is not the token endpoint URL itself.
 *
 * @param registration  the platform and the client id it gave the tool
 * @param tokenAudience the assertion's {@code aud} when the platform names one (some publish an audience that
 *                      differs from the token endpoint URL); empty means the token endpoint URL
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

    /** The {@code aud} of the client assertion: the override, else the token endpoint URL. */
    public String assertionAudience() {
        return tokenAudience.orElseGet(() -> registration.tokenEndpoint().toString());
    }
}
