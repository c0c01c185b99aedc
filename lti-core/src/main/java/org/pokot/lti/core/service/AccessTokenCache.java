package org.pokot.lti.core.service;

import java.util.Optional;

import org.pokot.lti.core.registration.RegistrationId;

/**
 * Storage port for access tokens. It only stores: whether a token is still fresh enough is decided by
 * {@link AccessTokenClient}, with its clock. Tokens are credentials: an adapter must not log them.
 */
public interface AccessTokenCache {

    Optional<AccessToken> find(AccessTokenKey key);

    void save(AccessTokenKey key, AccessToken token);

    void remove(AccessTokenKey key);

    /** Forgets every token of a registration, e.g. after an admin changed its client id or token endpoint. */
    void removeAll(RegistrationId registrationId);
}
