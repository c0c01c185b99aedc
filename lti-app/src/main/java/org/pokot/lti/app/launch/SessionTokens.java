package org.pokot.lti.app.launch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.launch.DeploymentAdmission;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.DeepLinkingRequest;
import org.pokot.lti.core.message.LaunchClaims;
import org.pokot.lti.core.message.LtiRole;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * Issues the tool's own short-lived session token after a valid launch. The launch page hands it to later
 * requests as a bearer token, so nothing after the launch depends on third-party cookies.
 */
@Component
public class SessionTokens {

    /** The audience of session tokens: nothing else the tool signs is accepted as one. */
    public static final String AUDIENCE = "pokot-lti-session";

    /** The resource server's own claim conversion (NimbusJwtDecoder's default), so both read a token alike. */
    private static final MappedJwtClaimSetConverter CLAIMS = MappedJwtClaimSetConverter.withDefaults(Collections.emptyMap());

    private final MACSigner signer;
    private final SessionSecret secret;
    private final IdGenerator ids;
    private final Clock clock;
    private final LtiProperties properties;

    SessionTokens(SessionSecret secret, IdGenerator ids, Clock clock, LtiProperties properties) {
        try {
            this.signer = new MACSigner(secret.key());
        } catch (KeyLengthException e) {
            throw new IllegalStateException("the session secret is too short for HS256", e);
        }
        this.secret = secret;
        this.ids = ids;
        this.clock = clock;
        this.properties = properties;
    }

    /** The key the resource server verifies session tokens with. */
    public javax.crypto.SecretKey verificationKey() {
        return secret.key();
    }

    /** The issuer of session tokens: the tool's own base URL. */
    public String issuer() {
        return properties.tool().baseUrl().toString();
    }

    /**
     * Signs the session token of a launch. The result carries the claims as the resource server converts them
     * when a later request presents the token, so the launch's first page need not decode what was just signed.
     */
    Jwt issue(ValidatedLaunch launch) {
        // whole seconds, as a JWT carries them: the claims returned equal the ones a decoder reads back
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LaunchClaims claims = launch.message().claims();
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject(claims.user().map(u -> u.subject()).orElse(""))
                .jwtID(ids.newId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.session().timeToLive())))
                .claim(SessionClaims.REGISTRATION, launch.registration().id().value())
                .claim(SessionClaims.DEPLOYMENT, claims.deploymentId().value())
                .claim(SessionClaims.ROLES, claims.roles().roles().stream().map(LtiRole::uri).toList())
                .claim(SessionClaims.NAME, claims.user().map(u -> u.displayName()).orElse(""));
        claims.context().ifPresent(c -> body.claim(SessionClaims.CONTEXT, c.id())
                .claim(SessionClaims.CONTEXT_TITLE, c.displayName()));
        if (launch.message() instanceof ResourceLinkLaunch link) {
            body.claim(SessionClaims.RESOURCE_LINK, link.resourceLink().id())
                    .claim(SessionClaims.RESOURCE_LINK_TITLE, link.resourceLink().title().orElse(""));
        }
        claims.custom().get(SessionClaims.PACK).ifPresent(p -> body.claim(SessionClaims.PACK, p));
        claims.custom().get(SessionClaims.MODULE).ifPresent(m -> body.claim(SessionClaims.MODULE, m));
        if (launch.message() instanceof DeepLinkingRequest selection) {
            body.claim(SessionClaims.DEEP_LINKING, DeepLinkingSettings.toClaim(selection.settings()));
        }
        if (launch.admission() == DeploymentAdmission.RECORDED_UNCONFIRMED) {
            body.claim(SessionClaims.UNCONFIRMED_DEPLOYMENT, true);
        }
        claims.presentation().locale().ifPresent(l -> body.claim(SessionClaims.LOCALE, l));
        JWTClaimsSet claimsSet = body.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claimsSet);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a session token", e);
        }
        return Jwt.withTokenValue(jwt.serialize())
                .headers(h -> h.putAll(jwt.getHeader().toJSONObject()))
                .claims(c -> c.putAll(CLAIMS.convert(claimsSet.getClaims())))
                .build();
    }
}
