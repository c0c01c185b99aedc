package org.pokot.lti.core.registration;

import java.net.URI;

/**
 * A platform's issuer identifier: compared as an exact string, as OpenID Connect requires.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation">OIDC Core 3.1.3.7 step 2</a>
 */
public record Issuer(String value) {

    public Issuer {
        PlatformUrls.requireSecure(URI.create(requireText(value, "issuer")), "issuer");
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
