package org.pokot.lti.core.launch;

import java.text.ParseException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.registration.PlatformRegistration;

/**
 * Parses an id_token and checks its signature against the platform's keys, with the algorithm pinned by policy
 * before any key is looked at (so a token cannot choose HS256 and be "verified" with the public key).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 1</a>
 */
final class IdTokenVerifier {

    /** More keys than any platform publishes at once; past it the map starts over rather than grow. */
    private static final int MAX_VERIFIERS = 64;

    private final PlatformJwksCache platformKeys;
    private final LaunchPolicy policy;
    /**
     * Verifiers by key: building one converts the JWK to a Java key each time, which cost more than the RS256 check
     * itself. Keyed by the JWK instance the JWKS cache holds, so a refetched set brings fresh verifiers.
     */
    private final Map<JWK, JWSVerifier> verifiers = Collections.synchronizedMap(new IdentityHashMap<>());

    IdTokenVerifier(PlatformJwksCache platformKeys, LaunchPolicy policy) {
        this.platformKeys = platformKeys;
        this.policy = policy;
    }

    /** Checked before anything else: size and form, with no key fetch. */
    SignedJWT parse(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            throw new LtiException(LtiError.ID_TOKEN_MISSING, "the form post has no id_token field");
        }
        if (idToken.length() > policy.maxIdTokenBytes()) {
            throw new LtiException(LtiError.ID_TOKEN_TOO_LARGE, "the id_token has " + idToken.length()
                    + " characters; the limit is " + policy.maxIdTokenBytes());
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LtiException(LtiError.ID_TOKEN_MALFORMED, "the id_token cannot be parsed as a JWT", e);
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new LtiException(LtiError.ID_TOKEN_ALGORITHM_NOT_ALLOWED,
                    "the id_token is unsigned (alg " + jwt.getHeader().getAlgorithm() + "); a signature is required");
        }
        if (!policy.algorithms().contains(signed.getHeader().getAlgorithm())) {
            throw new LtiException(LtiError.ID_TOKEN_ALGORITHM_NOT_ALLOWED, "the id_token is signed with "
                    + signed.getHeader().getAlgorithm() + "; accepted: " + policy.algorithms());
        }
        return signed;
    }

    void verifySignature(SignedJWT jwt, PlatformRegistration registration) {
        List<JWK> keys = platformKeys.keysFor(registration.jwksUri(), jwt.getHeader());
        if (keys.isEmpty()) {
            throw new LtiException(LtiError.ID_TOKEN_KEY_UNKNOWN, "the key set at " + registration.jwksUri()
                    + " has no " + jwt.getHeader().getAlgorithm() + " key with kid \"" + jwt.getHeader().getKeyID() + "\"");
        }
        for (JWK key : keys) {
            try {
                if (jwt.verify(verifierOf(key))) {
                    return;
                }
            } catch (JOSEException e) {
                // a key of the right kid that cannot verify counts as a failed verification
            }
        }
        throw new LtiException(LtiError.ID_TOKEN_SIGNATURE_INVALID, "the signature does not verify with the key \""
                + jwt.getHeader().getKeyID() + "\" from " + registration.jwksUri());
    }

    private JWSVerifier verifierOf(JWK key) throws JOSEException {
        JWSVerifier verifier = verifiers.get(key);
        if (verifier == null) {
            verifier = verifierFor(key);
            if (verifiers.size() >= MAX_VERIFIERS) {
                verifiers.clear();
            }
            verifiers.put(key, verifier);
        }
        return verifier;
    }

    private static JWSVerifier verifierFor(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        throw new JOSEException("unsupported key type " + key.getKeyType());
    }
}
