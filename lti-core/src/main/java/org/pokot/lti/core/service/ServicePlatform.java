package org.pokot.lti.core.service;

import java.util.Objects;

import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * A platform as the service clients see it: its registration, which also names the {@code aud} its token endpoint
 * wants in the client assertion ({@link PlatformRegistration#assertionAudience()}).
 *
 * @param registration the platform and the client id it gave the tool
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 */
public record ServicePlatform(PlatformRegistration registration) {

    public ServicePlatform {
        Objects.requireNonNull(registration, "registration");
    }

    public static ServicePlatform of(PlatformRegistration registration) {
        return new ServicePlatform(registration);
    }

    /** The {@code aud} of the client assertion: the registration's setting, else its family's default. */
    public String assertionAudience() {
        return registration.assertionAudience();
    }
}
