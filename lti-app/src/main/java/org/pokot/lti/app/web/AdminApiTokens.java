package org.pokot.lti.app.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import org.pokot.lti.app.config.LtiProperties;

/**
 * Bearer JWTs for the admin API, issued by the school's own authorization server (Keycloak, Entra ID, …) to a
 * client of its own: signed by a key of the issuer's key set, {@code iss} the configured issuer, {@code aud}
 * containing the configured audience, unexpired, and carrying the admin scope or role.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9068#section-4">RFC 9068 §4, validating JWT access tokens</a>
 */
final class AdminApiTokens {

    static final String ADMIN_ROLE = "ROLE_ADMIN";

    private final LtiProperties.Jwt settings;

    AdminApiTokens(LtiProperties.Jwt settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.enabled() && (settings.audience() == null || settings.audience().isBlank())) {
            throw new IllegalStateException("lti.admin.api.jwt.audience is required with lti.admin.api.jwt.issuer-uri:"
                    + " without it a token the issuer made for any other service would be accepted");
        }
    }

    /** The key set is fetched on the first token, so the tool starts while the issuer is down. */
    JwtDecoder decoder() {
        String issuer = settings.issuerUri().toString();
        NimbusJwtDecoder decoder = settings.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).build()
                : NimbusJwtDecoder.withIssuerLocation(issuer).build();
        // RFC 9068 access tokens are typed at+jwt; Keycloak and Entra ID type theirs JWT
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(issuer), new JwtAudienceValidator(settings.audience()), type));
        return decoder;
    }

    /**
     * The caller is an admin when {@code scope} or {@code scp} (client credentials) or {@code roles} (app roles)
     * holds the configured value; it is named by its client id where the token says it, for the audit log.
     */
    Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> {
            boolean admin = Stream.of("scope", "scp", "roles").flatMap(claim -> values(jwt, claim))
                    .anyMatch(settings.scope()::equals);
            List<GrantedAuthority> authorities = admin ? List.of(new SimpleGrantedAuthority(ADMIN_ROLE)) : List.of();
            return new JwtAuthenticationToken(jwt, authorities, name(jwt));
        };
    }

    String requiredScope() {
        return settings.scope();
    }

    private static String name(Jwt jwt) {
        return Stream.of("client_id", "azp", "sub").map(jwt::getClaimAsString).filter(Objects::nonNull)
                .findFirst().orElse("unnamed client");
    }

    private static Stream<String> values(Jwt jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof String text) {
            return Stream.of(text.trim().split("\\s+"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf);
        }
        return Stream.empty();
    }
}
