package org.pokot.lti.core.oidc;

import java.time.Instant;
import java.util.Objects;

import org.pokot.lti.core.registration.RegistrationId;

/**
 * A login the tool is starting, before a {@link LoginStateStore} gives it its state and nonce.
 *
 * @param browserBindingHash the SHA-256 of the browser secret ({@link LoginState#hash}), never the secret
 */
public record PendingLogin(RegistrationId registrationId, LoginInitiationRequest initiation,
                           String browserBindingHash, Instant issuedAt, Instant expiresAt) {

    public PendingLogin {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(browserBindingHash, "browserBindingHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
