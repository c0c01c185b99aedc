package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformUrls;

/**
 * What a platform's OpenID configuration tells the tool, as far as registration and launches need it. Every URL
 * passed {@link PlatformUrls}' rule (https, or http to a loopback host).
 *
 * @param authorizationServer the {@code aud} the platform wants in client assertions, when it is not the token
 *                            endpoint URL
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#openid-configuration">Dynamic Registration, OpenID configuration</a>
 */
public record PlatformConfiguration(Issuer issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                    URI registrationEndpoint, Optional<String> authorizationServer,
                                    LtiPlatformConfiguration lti, List<String> scopesSupported,
                                    List<String> claimsSupported) {

    public PlatformConfiguration {
        Objects.requireNonNull(issuer, "issuer");
        PlatformUrls.requireSecure(authorizationEndpoint, "authorization_endpoint");
        PlatformUrls.requireSecure(tokenEndpoint, "token_endpoint");
        PlatformUrls.requireSecure(jwksUri, "jwks_uri");
        PlatformUrls.requireSecure(registrationEndpoint, "registration_endpoint");
        Objects.requireNonNull(authorizationServer, "authorizationServer");
        Objects.requireNonNull(lti, "lti");
        scopesSupported = List.copyOf(scopesSupported);
        claimsSupported = List.copyOf(claimsSupported);
    }

    /**
     * @throws LtiException {@link LtiError#PLATFORM_CONFIGURATION_INVALID} naming a missing or mistyped field, or
     *                      {@link LtiError#PLATFORM_URL_INSECURE} naming a URL that is neither https nor loopback
     */
    public static PlatformConfiguration fromJson(Map<String, Object> json) {
        JsonReader reader = new JsonReader(json, LtiError.PLATFORM_CONFIGURATION_INVALID, "OpenID configuration");
        String issuer = reader.required("issuer");
        URI authorization = reader.requiredUri("authorization_endpoint");
        URI token = reader.requiredUri("token_endpoint");
        URI jwks = reader.requiredUri("jwks_uri");
        URI registration = reader.requiredUri("registration_endpoint");
        LtiPlatformConfiguration lti = LtiPlatformConfiguration.fromJson(reader.object(LtiPlatformConfiguration.CLAIM)
                .orElseThrow(() -> reader.fail(LtiPlatformConfiguration.CLAIM + " is missing")));
        try {
            return new PlatformConfiguration(new Issuer(issuer), authorization, token, jwks, registration,
                    reader.optional("authorization_server"), lti, reader.strings("scopes_supported"),
                    reader.strings("claims_supported"));
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.PLATFORM_URL_INSECURE, "OpenID configuration: " + e.getMessage(), e);
        }
    }

    /** The fields {@link #fromJson} reads, under their wire names: for storing a configuration between two steps. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", issuer.value());
        json.put("authorization_endpoint", authorizationEndpoint.toString());
        json.put("token_endpoint", tokenEndpoint.toString());
        json.put("jwks_uri", jwksUri.toString());
        json.put("registration_endpoint", registrationEndpoint.toString());
        authorizationServer.ifPresent(a -> json.put("authorization_server", a));
        json.put("scopes_supported", scopesSupported);
        json.put("claims_supported", claimsSupported);
        json.put(LtiPlatformConfiguration.CLAIM, lti.toJson());
        return json;
    }

    /** The issuer's origin, {@code scheme://host[:port]}: the LMS site whose pages frame the registration. */
    public String issuerOrigin() {
        return Origin.of(URI.create(issuer.value())).toString();
    }
}
