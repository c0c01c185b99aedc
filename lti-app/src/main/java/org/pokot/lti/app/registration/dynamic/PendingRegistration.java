package org.pokot.lti.app.registration.dynamic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.registration.dynamic.ClientRegistrationResponse;
import org.pokot.lti.core.registration.dynamic.PlatformConfiguration;
import org.pokot.lti.core.registration.dynamic.RegistrationToken;

/**
 * A registration the platform started and the admin has not confirmed yet.
 *
 * @param id       unguessable: the confirmation form carries it, and holding it is what allows the confirmation
 * @param current  for an update, the registration as the platform has it now, when it says
 */
public record PendingRegistration(String id, PlatformConfiguration platform, Optional<RegistrationToken> token,
                           Optional<ClientRegistrationResponse> current, Instant createdAt, Instant expiresAt) {

    public PendingRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(current, "current");
    }

    /** Public for the confirmation page's template. */
    public boolean isUpdate() {
        return token.map(RegistrationToken::isUpdate).orElse(false);
    }

    /** The audit actor. */
    String actor() {
        return "platform:" + platform.issuer().value();
    }
}
