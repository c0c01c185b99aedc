package org.pokot.lti.core.service;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.pokot.lti.core.registration.RegistrationId;

/**
 * What a cached access token is filed under: one registration and the exact scope set asked for. The order of the
 * scopes does not matter.
 */
public record AccessTokenKey(RegistrationId registrationId, Set<String> scopes) {

    public AccessTokenKey {
        Objects.requireNonNull(registrationId, "registrationId");
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("an access token is asked for at least one scope");
        }
    }

    /** The scopes in a stable order, space separated, as sent in the token request. */
    public String scopeParameter() {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
