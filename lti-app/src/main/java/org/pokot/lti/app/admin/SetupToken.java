package org.pokot.lti.app.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.oidc.ToolUrls;

/**
 * The way to the console's first account when configuration names none: a random token, written at start to a
 * file only the tool's user may read ({@code lti.admin.setup-token-file}), whose name the log gives; the token
 * itself is never logged. Using it on the setup page makes the first account, voids it and deletes the file; a
 * restart before that writes a new one and voids the old.
 */
@Component
public class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

    private final AdminAccounts accounts;
    private final IdGenerator ids;
    private final ToolUrls toolUrls;
    private final Path file;
    private String token;

    SetupToken(AdminAccounts accounts, IdGenerator ids, ToolUrls toolUrls, LtiProperties properties) {
        this.accounts = accounts;
        this.ids = ids;
        this.toolUrls = toolUrls;
        this.file = properties.admin().setupTokenFile().toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void issueWhenNoAccount() {
        if (accounts.any()) {
            return;
        }
        String issued = ids.newId();
        try {
            write(issued);
        } catch (IOException e) {
            log.error("No admin account exists yet, and the setup token could not be written to {} ({}). Set "
                    + "lti.admin.setup-token-file to a writable place, or lti.admin.password, and restart.", file,
                    e.getMessage());
            return;
        }
        token = issued;
        log.warn("No admin account exists yet. Open {} and enter the one-time setup token from the file {} "
                + "(readable by this user only) to make the first.", toolUrls.baseUri().resolve("admin/setup"), file);
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
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The used setup token's file {} could not be deleted ({}); the token in it is void", file,
                    e.getMessage());
        }
        return true;
    }

    /** Created afresh with owner-only permissions before the token is in it, so no one else can read it first. */
    private void write(String value) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, value + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
