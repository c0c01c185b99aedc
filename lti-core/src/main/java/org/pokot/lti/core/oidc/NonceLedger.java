package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for the nonces that were used: all a {@link SealedLoginStateStore} has to write, once per launch.
 * Every instance of the tool must share it, since a launch may reach another instance than its login.
 */
public interface NonceLedger {

    /**
     * Records the nonce's use, atomically: of two launches racing with one nonce only one gets {@code true}.
     *
     * @param expiresAt when the login's state expires; the record may be forgotten some time after that
     */
    boolean recordUse(String nonce, Instant usedAt, Instant expiresAt);

    Optional<Instant> usedAt(String nonce);

    /** Forgets uses whose state expired before {@code before}; returns how many. */
    int purgeExpired(Instant before);
}
