package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and embedded use. */
public final class InMemoryLoginStateStore implements LoginStateStore {

    private final Map<String, LoginState> states = new ConcurrentHashMap<>();

    @Override
    public void save(LoginState state) {
        states.put(state.state(), state);
    }

    @Override
    public Optional<LoginState> findByState(String state) {
        return Optional.ofNullable(states.get(state));
    }

    @Override
    public Optional<LoginState> findByNonce(String nonce) {
        return states.values().stream().filter(s -> s.nonce().equals(nonce)).findFirst();
    }

    @Override
    public boolean markUsed(String state, Instant usedAt) {
        boolean[] marked = {false};
        states.computeIfPresent(state, (key, s) -> {
            if (s.isUsed()) {
                return s;
            }
            marked[0] = true;
            return new LoginState(s.state(), s.nonce(), s.registrationId(), s.initiation(), s.browserBindingHash(),
                    s.issuedAt(), s.expiresAt(), Optional.of(usedAt));
        });
        return marked[0];
    }

    @Override
    public int purgeExpired(Instant before) {
        int size = states.size();
        states.values().removeIf(s -> s.expiresAt().isBefore(before));
        return size - states.size();
    }

    public int size() {
        return states.size();
    }
}
