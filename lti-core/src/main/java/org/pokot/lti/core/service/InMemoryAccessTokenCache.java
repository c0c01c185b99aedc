package org.pokot.lti.core.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pokot.lti.core.registration.RegistrationId;

/** For tests and single-instance use: tokens live in this JVM only. */
public final class InMemoryAccessTokenCache implements AccessTokenCache {

    private final Map<AccessTokenKey, AccessToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<AccessToken> find(AccessTokenKey key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void save(AccessTokenKey key, AccessToken token) {
        tokens.put(key, token);
    }

    @Override
    public void remove(AccessTokenKey key) {
        tokens.remove(key);
    }

    @Override
    public void removeAll(RegistrationId registrationId) {
        tokens.keySet().removeIf(key -> key.registrationId().equals(registrationId));
    }
}
