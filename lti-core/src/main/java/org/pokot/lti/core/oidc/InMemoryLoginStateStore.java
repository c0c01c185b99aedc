package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pokot.lti.core.IdGenerator;

/**
 * Keeps every login in a map, under a random state and nonce. For tests and embedded use; a test can also
 * {@link #seed} a login under values captured from a real platform.
 */
public final class InMemoryLoginStateStore implements LoginStateStore {

    private final IdGenerator ids;
    private final Map<String, LoginState> states = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedByState = new ConcurrentHashMap<>();

    public InMemoryLoginStateStore() {
        this(IdGenerator.secureRandom());
    }

    public InMemoryLoginStateStore(IdGenerator ids) {
        this.ids = ids;
    }

    @Override
    public LoginState issue(PendingLogin login) {
        return seed(LoginState.of(ids.newId(), ids.newId(), login));
    }

    /** Remembers a login under the state and nonce it already has, as not yet used. */
    public LoginState seed(LoginState state) {
        states.put(state.state(), state);
        usedByState.remove(state.state());
        return state;
    }

    @Override
    public Optional<LoginState> findByState(String state) {
        return Optional.ofNullable(states.get(state));
    }

    @Override
    public Optional<IssuedNonce> findNonce(String nonce) {
        return states.values().stream().filter(s -> s.nonce().equals(nonce)).findFirst()
                .map(s -> new IssuedNonce(Optional.ofNullable(usedByState.get(s.state()))));
    }

    @Override
    public boolean markUsed(LoginState state, Instant usedAt) {
        return states.containsKey(state.state()) && usedByState.putIfAbsent(state.state(), usedAt) == null;
    }

    @Override
    public int purgeExpired(Instant before) {
        int size = states.size();
        states.values().removeIf(s -> s.expiresAt().isBefore(before));
        usedByState.keySet().retainAll(states.keySet());
        return size - states.size();
    }

    /** Whether the login under this state was used. */
    public boolean isUsed(String state) {
        return usedByState.containsKey(state);
    }

    public int size() {
        return states.size();
    }
}
