package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Storage port for login states. A store gives each login its state and nonce: it may keep them (a table, a map)
 * or seal them into the state value itself ({@link SealedLoginStateStore}), as long as it can answer which login
 * a state names, whether it issued a nonce, and mark a nonce used exactly once.
 */
public interface LoginStateStore {

    /** Remembers (or seals) a login that is starting; the answer carries the state and nonce to send. */
    LoginState issue(PendingLogin login);

    /**
     * The login a state value names, whether or not its nonce was used since: {@link #markUsed} is the authority on
     * use. Empty when this store issued no such state (or forgot it after expiry).
     */
    Optional<LoginState> findByState(String state);

    /** What the store knows of a nonce; empty when it did not issue it. */
    Optional<IssuedNonce> findNonce(String nonce);

    /**
     * Marks the login's nonce used, atomically: of two launches racing with the same state only one gets
     * {@code true}.
     */
    boolean markUsed(LoginState state, Instant usedAt);

    /** Forgets what expired before {@code before}; returns how many records that removed. */
    int purgeExpired(Instant before);

    /** A nonce this tool issued, with the time of its use if it was used. */
    record IssuedNonce(Optional<Instant> usedAt) {

        public static final IssuedNonce UNUSED = new IssuedNonce(Optional.empty());

        public IssuedNonce {
            Objects.requireNonNull(usedAt, "usedAt");
        }

        public boolean isUsed() {
            return usedAt.isPresent();
        }
    }
}
