package org.pokot.lti.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.jwks.ToolSigner;

/**
 * The tool's {@code private_key_jwt} client assertion: iss = sub = client_id, aud = the token endpoint (or the
 * platform's stated audience), a short exp and a unique jti, signed RS256 with the tool's active key. The serialized
 * assertion is a credential for its lifetime: it goes into the request body and nowhere else.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security Framework §4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3</a>
 */
final class ClientAssertion {

    static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private ClientAssertion() {
    }

    static String sign(ServicePlatform platform, ToolSigner signer, Instant now, Duration lifetime, IdGenerator ids) {
        String clientId = platform.registration().clientId().value();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(platform.assertionAudience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(ids.newId())
                .build();
        return signer.sign(claims);
    }
}
