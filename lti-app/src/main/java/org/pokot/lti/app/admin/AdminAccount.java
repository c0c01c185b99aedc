package org.pokot.lti.app.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * A console account as the accounts page lists it; never its password hash.
 *
 * @param createdAt empty for the account from configuration
 * @param createdBy who made it: an admin's user name, {@code setup token}, or {@code configuration}
 */
public record AdminAccount(String username, Optional<Instant> createdAt, String createdBy) {

    public boolean configured() {
        return createdAt.isEmpty();
    }
}
