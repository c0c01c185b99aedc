package org.pokot.lti.app.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;

/**
 * Keeps the unused login states this instance issued in memory until their launch, so that the launch finds its
 * state without a query (the SELECT was about a twentieth of a launch's CPU on H2, docs/performance.md).
 * <p>
 * The database stays the authority. Every state is still saved there, and {@link #markUsed} is still its atomic
 * UPDATE: a state already used (through another instance, or by a replay) is refused as before, since the
 * validator marks the state used last and refuses when that fails. A state only held here is immutable apart from
 * its use, and a use drops it from memory. States of other instances, used ones and lookups by nonce are read from
 * the database. At most {@link #MAX_STATES} are held, so a flood of logins cannot grow the memory; past that, states
 * are only in the database.
 */
@Primary
@Component
class CachingLoginStateStore implements LoginStateStore {

    static final int MAX_STATES = 10_000;

    private final LoginStateStore database;
    private final Clock clock;
    private final Map<String, LoginState> unused = new ConcurrentHashMap<>();

    @Autowired
    CachingLoginStateStore(JdbcLoginStateStore database, Clock clock) {
        this((LoginStateStore) database, clock);
    }

    CachingLoginStateStore(LoginStateStore database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void save(LoginState state) {
        database.save(state);
        if (state.isUsed()) {
            return;
        }
        if (unused.size() >= MAX_STATES) {
            dropExpired(clock.instant());
        }
        if (unused.size() < MAX_STATES) {
            unused.put(state.state(), state);
        }
    }

    @Override
    public Optional<LoginState> findByState(String state) {
        LoginState held = unused.get(state);
        return held != null ? Optional.of(held) : database.findByState(state);
    }

    @Override
    public Optional<LoginState> findByNonce(String nonce) {
        return database.findByNonce(nonce);
    }

    @Override
    public boolean markUsed(String state, Instant usedAt) {
        unused.remove(state);
        return database.markUsed(state, usedAt);
    }

    @Override
    public int purgeExpired(Instant before) {
        dropExpired(before);
        return database.purgeExpired(before);
    }

    int held() {
        return unused.size();
    }

    private void dropExpired(Instant before) {
        unused.values().removeIf(s -> s.expiresAt().isBefore(before));
    }
}
