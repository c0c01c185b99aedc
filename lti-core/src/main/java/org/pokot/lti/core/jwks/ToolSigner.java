package org.pokot.lti.core.jwks;

import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs the tool's JWTs (RS256, {@code typ} JWT, {@code kid} of the key) with the active key. Built once per key
 * by {@link ToolKeys}: building an {@link RSASSASigner} from a JWK derives the private key anew, which cost more
 * than the signature itself when done per message. Thread-safe.
 */
public final class ToolSigner {

    private final String kid;
    private final JWSSigner signer;

    ToolSigner(ToolKey key) {
        this.kid = Objects.requireNonNull(key, "key").kid();
        try {
            this.signer = new RSASSASigner(key.jwk().toRSAPrivateKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("the tool key " + kid + " holds no usable RSA private key", e);
        }
    }

    public String kid() {
        return kid;
    }

    /** The compact serialization: a credential for its lifetime, to send and never to log. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid)
                .build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            // an RSA key that cannot sign is a broken installation, not an LTI exchange failing
            throw new IllegalStateException("cannot sign with the tool key " + kid, e);
        }
        return jwt.serialize();
    }

    @Override
    public String toString() {
        return "ToolSigner[kid=" + kid + "]";
    }
}
