package org.pokot.lti.core.jwks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an admin may see of a tool key: no key material.
 *
 * @param since        when it entered its status
 * @param nextChangeAt when it changes status next: a next key starts signing, an active one is replaced (when a
 *                     next key or the schedule says so), a previous one is retired
 */
public record ToolKeyView(String kid, Instant createdAt, ToolKeyStatus status, Instant since,
                          Optional<Instant> nextChangeAt) {

    public ToolKeyView {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(nextChangeAt, "nextChangeAt");
    }
}
