package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and embedded use. */
public final class InMemoryNonceLedger implements NonceLedger {

    private record Use(Instant usedAt, Instant expiresAt) {
    }

    private final Map<String, Use> uses = new ConcurrentHashMap<>();

    @Override
    public boolean recordUse(String nonce, Instant usedAt, Instant expiresAt) {
        return uses.putIfAbsent(nonce, new Use(usedAt, expiresAt)) == null;
    }

    @Override
    public Optional<Instant> usedAt(String nonce) {
        return Optional.ofNullable(uses.get(nonce)).map(Use::usedAt);
    }

    @Override
    public int purgeExpired(Instant before) {
        int size = uses.size();
        uses.values().removeIf(use -> use.expiresAt().isBefore(before));
        return size - uses.size();
    }

    public int size() {
        return uses.size();
    }

    /** Forgets a nonce's use, so that a test or benchmark can validate the same launch again. */
    public void forget(String nonce) {
        uses.remove(nonce);
    }
}
