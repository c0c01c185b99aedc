package org.pokot.lti.app.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.oidc.ToolUrls;

/**
 * The way to the console's first account when configuration names none: a random token, printed once in the log at
 * start (the one secret the tool ever logs) and kept only in this instance's memory. Using it on the setup page
 * makes the first account and voids it; a restart before that prints a new one and voids the old.
 */
@Component
public class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

    private final AdminAccounts accounts;
    private final IdGenerator ids;
    private final ToolUrls toolUrls;
    private String token;

    SetupToken(AdminAccounts accounts, IdGenerator ids, ToolUrls toolUrls) {
        this.accounts = accounts;
        this.ids = ids;
        this.toolUrls = toolUrls;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void issueWhenNoAccount() {
        if (!accounts.any()) {
            token = ids.newId();
            log.warn("No admin account exists yet. Open {} and enter this one-time setup token to make the first: {}",
                    toolUrls.baseUri().resolve("admin/setup"), token);
        }
    }

    /** True while the token is unused and no account exists (another instance may have made one). */
    public synchronized boolean pending() {
        return token != null && !accounts.any();
    }

    /** Makes the first account if {@code candidate} is the token, and voids the token. */
    synchronized boolean redeem(String candidate, NewAccount account) {
        if (!pending() || candidate == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.strip().getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        accounts.create(account, "setup token");
        token = null;
        return true;
    }
}
