package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for login states. A state and its nonce are one row: the nonce is "issued by this tool" when a row
 * holds it, and "used" once that row is marked used.
 */
public interface LoginStateStore {

    void save(LoginState state);

    Optional<LoginState> findByState(String state);

    Optional<LoginState> findByNonce(String nonce);

    /**
     * Marks the state used, atomically: of two launches racing with the same state only one gets {@code true}.
     */
    boolean markUsed(String state, Instant usedAt);

    /** Deletes states that expired before {@code before}; returns how many. */
    int purgeExpired(Instant before);
}
