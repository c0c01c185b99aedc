package org.pokot.lti.core.testing;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.pokot.lti.core.message.LtiClaimNames;

/**
 * Builds id_tokens the way a platform does, with knobs for every way one can be wrong. Starts as a valid
 * resource link launch for a learner.
 */
public final class IdTokenBuilder {

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private RSAKey signingKey;
    private String kid;

    IdTokenBuilder(RSAKey signingKey, String issuer, String clientId, String deploymentId, String targetLinkUri,
                   String nonce, Instant issuedAt) {
        this.signingKey = signingKey;
        this.kid = signingKey.getKeyID();
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put("sub", "learner-1");
        claims.put("nonce", nonce);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plusSeconds(60).getEpochSecond());
        claims.put("name", "Liisa Learner");
        claims.put("given_name", "Liisa");
        claims.put("family_name", "Learner");
        claims.put(LtiClaimNames.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaimNames.VERSION, "1.3.0");
        claims.put(LtiClaimNames.DEPLOYMENT_ID, deploymentId);
        claims.put(LtiClaimNames.TARGET_LINK_URI, targetLinkUri);
        claims.put(LtiClaimNames.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        claims.put(LtiClaimNames.RESOURCE_LINK, Map.of("id", "rl-1", "title", "Ennakointi"));
        claims.put(LtiClaimNames.CONTEXT, Map.of("id", "course-1", "label", "POKOT", "title", "POKOT pilot",
                "type", List.of("CourseSection")));
        claims.put(LtiClaimNames.LAUNCH_PRESENTATION, Map.of("locale", "fi", "document_target", "iframe"));
    }

    /**
     * A valid learner launch from any platform, signed with {@code signingKey}: for callers that need no
     * {@link SimulatedPlatform} server, such as benchmarks.
     */
    public static IdTokenBuilder forPlatform(RSAKey signingKey, String issuer, String clientId, String deploymentId,
                                             String targetLinkUri, String nonce, Instant issuedAt) {
        return new IdTokenBuilder(signingKey, issuer, clientId, deploymentId, targetLinkUri, nonce, issuedAt);
    }

    public IdTokenBuilder claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public IdTokenBuilder without(String name) {
        claims.remove(name);
        return this;
    }

    public IdTokenBuilder subject(String sub) {
        return claim("sub", sub);
    }

    public IdTokenBuilder instructor() {
        return claim(LtiClaimNames.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
    }

    public IdTokenBuilder issuedAt(Instant iat) {
        claims.put("iat", iat.getEpochSecond());
        return this;
    }

    public IdTokenBuilder expiresAt(Instant exp) {
        claims.put("exp", exp.getEpochSecond());
        return this;
    }

    public IdTokenBuilder signedWith(RSAKey key) {
        this.signingKey = key;
        this.kid = key.getKeyID();
        return this;
    }

    public IdTokenBuilder kid(String kid) {
        this.kid = kid;
        return this;
    }

    public JWTClaimsSet claimsSet() {
        try {
            Map<String, Object> json = new LinkedHashMap<>(claims);
            // JWTClaimsSet.parse expects seconds for the date claims, as on the wire
            return JWTClaimsSet.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RS256, as every platform signs. */
    public String sign() {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
                .type(JOSEObjectType.JWT).build(), claimsSet());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The classic key-confusion attack: HS256 with the platform's public key as the HMAC secret. */
    public String signHs256WithPublicKey() {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claimsSet());
        try {
            byte[] secret = signingKey.toPublicJWK().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** {@code alg: none}. */
    public String unsigned() {
        return new PlainJWT(claimsSet()).serialize();
    }

    /** A correct signature with one payload byte changed afterwards. */
    public String signThenTamper() {
        String[] parts = sign().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"learner-1\"", "\"learner-2\"");
        return parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
    }
}
