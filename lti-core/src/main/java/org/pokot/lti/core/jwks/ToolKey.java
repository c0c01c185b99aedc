package org.pokot.lti.core.jwks;

import java.time.Instant;
import java.util.Objects;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * One of the tool's RSA signing keys, private part included: never log it.
 *
 * @param since when the key entered its status (published as next, started signing, was replaced); the rotation
 *              schedule counts from it
 */
public record ToolKey(String kid, RSAKey jwk, Instant createdAt, ToolKeyStatus status, Instant since) {

    public ToolKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        if (!jwk.isPrivate() || !kid.equals(jwk.getKeyID())) {
            throw new IllegalArgumentException("a tool key must hold its private part and carry its kid");
        }
    }

    /** A key in the status it was created with. */
    public ToolKey(String kid, RSAKey jwk, Instant createdAt, ToolKeyStatus status) {
        this(kid, jwk, createdAt, status, createdAt);
    }

    public ToolKey withStatus(ToolKeyStatus newStatus, Instant at) {
        return new ToolKey(kid, jwk, createdAt, newStatus, at);
    }

    @Override
    public String toString() {
        return "ToolKey[kid=" + kid + ", status=" + status + ", createdAt=" + createdAt + ", since=" + since + "]";
    }
}
