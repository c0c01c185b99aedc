package org.pokot.lti.core.jwks;

import java.time.Instant;
import java.util.Objects;

import com.nimbusds.jose.jwk.RSAKey;

/** One of the tool's RSA signing keys, private part included: never log it. */
public record ToolKey(String kid, RSAKey jwk, Instant createdAt, ToolKeyStatus status) {

    public ToolKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        if (!jwk.isPrivate() || !kid.equals(jwk.getKeyID())) {
            throw new IllegalArgumentException("a tool key must hold its private part and carry its kid");
        }
    }

    public ToolKey withStatus(ToolKeyStatus newStatus) {
        return new ToolKey(kid, jwk, createdAt, newStatus);
    }

    @Override
    public String toString() {
        return "ToolKey[kid=" + kid + ", status=" + status + ", createdAt=" + createdAt + "]";
    }
}
