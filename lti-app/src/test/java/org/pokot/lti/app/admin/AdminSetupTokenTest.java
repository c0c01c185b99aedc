package org.pokot.lti.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser.Page;

/**
 * No admin in configuration: the setup token written at start to an owner-only file makes the first account, once;
 * the log names the file, never the token. Also the idle timeout, set short here.
 */
@LtiAppTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "lti.admin.session-timeout=2s")
class AdminSetupTokenTest extends AppPort {

    static final Path TOKEN_FILE = tokenFile();
    static final String PASSWORD = "first-admin-password";

    @DynamicPropertySource
    static void tokenFile(DynamicPropertyRegistry registry) {
        registry.add("lti.admin.setup-token-file", TOKEN_FILE::toString);
    }

    @Test
    void setupWhenTokenUsedThenFirstAccountMadeTokenVoidAndSessionTimesOut(CapturedOutput output) throws Exception {
        assertThat(output.getOut()).contains("enter the one-time setup token from the file " + TOKEN_FILE);
        assertThat(Files.getPosixFilePermissions(TOKEN_FILE)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String token = Files.readString(TOKEN_FILE).strip();
        assertThat(token).hasSize(32);
        assertThat(output.getOut()).as("the token is never logged").doesNotContain(token);
        ConsoleClient admin = new ConsoleClient(TOOL);

        Page login = admin.get("/login");
        assertThat(login.document().getElementById("setup-link")).isNotNull();
        assertThat(admin.login("admin", "anything-at-all").location()).endsWith("/admin/login?error");
        Page setup = admin.get("/setup");
        Page wrongToken = admin.post("/setup", setup, account("not-the-token"));
        Page made = admin.post("/setup", setup, account(token));
        Page afterwards = admin.get("/setup");
        Page replay = admin.post("/setup", login, account(token));
        Page loggedIn = admin.login("first-admin", PASSWORD);

        assertThat(wrongToken.document().select("#account-problems li").eachText())
                .containsExactly("The setup token is not right. Copy it again from the file the tool's log names.");
        assertThat(made.location()).endsWith("/admin/login?created");
        assertThat(afterwards.location()).as("the setup page is gone").endsWith("/admin/login");
        assertThat(replay.location()).endsWith("/admin/login");
        assertThat(loggedIn.location()).endsWith("/admin/registrations");
        Page list = admin.get("/registrations");
        assertThat(list.status()).isEqualTo(200);
        Page audit = admin.get("/audit");
        assertThat(audit.document().select(".audit-entry .action").eachText()).contains("ADMIN_ACCOUNT_CREATED");
        assertThat(admin.get("/login").document().getElementById("setup-link")).isNull();
        assertThat(admin.seen).noneMatch(p -> p.body().contains(token) || p.body().contains(PASSWORD));
        assertThat(output.getOut()).doesNotContain(token).doesNotContain(PASSWORD);
        assertThat(TOKEN_FILE).as("the used token's file is deleted").doesNotExist();

        Thread.sleep(3_000);
        Page expired = admin.get("/registrations");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).endsWith("/admin/login?expired");
    }

    private static Path tokenFile() {
        try {
            return Files.createTempDirectory("pokot-setup-").resolve("admin-setup-token");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> account(String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token);
        fields.put("username", "first-admin");
        fields.put("password", PASSWORD);
        fields.put("passwordRepeat", PASSWORD);
        return fields;
    }
}
