package org.pokot.lti.app.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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

    String issue(ValidatedLaunch launch) {
        Instant now = clock.instant();
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
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                body.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a session token", e);
        }
        return jwt.serialize();
    }
}
