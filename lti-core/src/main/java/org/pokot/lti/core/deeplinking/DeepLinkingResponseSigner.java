package org.pokot.lti.core.deeplinking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.jwks.ToolKeys;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * Signs an {@code LtiDeepLinkingResponse} with the tool's key, {@code kid} in the header. Moodle checks it with
 * no clock leeway, so {@code iat} is set a few seconds in the past: a tool clock slightly ahead of the LMS clock
 * must not make the response "issued in the future".
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep Linking 2.0 §4.5</a>
 */
public final class DeepLinkingResponseSigner {

    public static final Duration BACKDATE = Duration.ofSeconds(5);
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final ToolKeys toolKeys;
    private final IdGenerator ids;
    private final Clock clock;

    public DeepLinkingResponseSigner(ToolKeys toolKeys, IdGenerator ids, Clock clock) {
        this.toolKeys = toolKeys;
        this.ids = ids;
        this.clock = clock;
    }

    public String sign(PlatformRegistration registration, DeepLinkingResponse response) {
        Instant issuedAt = clock.instant().minus(BACKDATE);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId().value())
                .audience(registration.issuer().value())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .claim("nonce", ids.newId())
                .claim(LtiClaimNames.DEPLOYMENT_ID, response.deploymentId().value())
                .claim(LtiClaimNames.MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(LtiClaimNames.VERSION, "1.3.0")
                .claim(LtiClaimNames.DL_CONTENT_ITEMS, response.contentItems().stream().map(ContentItem::toJson).toList());
        response.data().ifPresent(d -> claims.claim(LtiClaimNames.DL_DATA, d));
        response.message().ifPresent(m -> claims.claim(LtiClaimNames.DL_MSG, m));
        response.log().ifPresent(m -> claims.claim(LtiClaimNames.DL_LOG, m));
        response.errorMessage().ifPresent(m -> claims.claim(LtiClaimNames.DL_ERROR_MSG, m));
        response.errorLog().ifPresent(m -> claims.claim(LtiClaimNames.DL_ERROR_LOG, m));
        return toolKeys.signer().sign(claims.build());
    }
}
