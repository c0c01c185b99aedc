package org.pokot.lti.core.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login state store that writes nothing at login: the login travels sealed in its state value
 * ({@link LoginStateSeal}), and only the nonce's use is recorded, once, at launch ({@link NonceLedger}). A flood of
 * logins therefore fills no table and no memory, and any instance that shares the key and the ledger can take the
 * launch.
 * <p>
 * A used nonce is remembered until {@link #PURGE_MARGIN} after its state expired. A replay after that fails on the
 * state's own expiry, which the seal protects; the margin covers instances whose clocks disagree.
 */
public final class SealedLoginStateStore implements LoginStateStore {

    public static final Duration PURGE_MARGIN = Duration.ofMinutes(10);

    private final LoginStateSeal seal;
    private final NonceLedger ledger;

    public SealedLoginStateStore(LoginStateSeal seal, NonceLedger ledger) {
        this.seal = seal;
        this.ledger = ledger;
    }

    @Override
    public LoginState issue(PendingLogin login) {
        String nonce = seal.newNonce();
        return LoginState.of(seal.seal(nonce, login), nonce, login);
    }

    @Override
    public Optional<LoginState> findByState(String state) {
        return seal.open(state);
    }

    @Override
    public Optional<IssuedNonce> findNonce(String nonce) {
        if (!seal.madeNonce(nonce)) {
            return Optional.empty();
        }
        return Optional.of(new IssuedNonce(ledger.usedAt(nonce)));
    }

    @Override
    public boolean markUsed(LoginState state, Instant usedAt) {
        return ledger.recordUse(state.nonce(), usedAt, state.expiresAt());
    }

    @Override
    public int purgeExpired(Instant before) {
        return ledger.purgeExpired(before.minus(PURGE_MARGIN));
    }
}
