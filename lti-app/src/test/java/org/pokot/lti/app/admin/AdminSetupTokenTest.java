package org.pokot.lti.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser.Page;

/**
 * No admin in configuration: the setup token printed at start makes the first account, once. Also the idle
 * timeout, set short here.
 */
@LtiAppTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "lti.admin.session-timeout=2s")
class AdminSetupTokenTest extends AppPort {

    static final Pattern TOKEN = Pattern.compile("one-time setup token to make the first: (\\S+)");
    static final String PASSWORD = "first-admin-password";

    @Test
    void setupWhenTokenUsedThenFirstAccountMadeTokenVoidAndSessionTimesOut(CapturedOutput output) throws Exception {
        Matcher printed = TOKEN.matcher(output.getOut());
        assertThat(printed.find()).as("the setup token in the log").isTrue();
        String token = printed.group(1);
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
                .containsExactly("The setup token is not right. Copy it again from the tool's log.");
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
        assertThat(output.getOut().split(Pattern.quote(token), -1)).as("the token is logged once").hasSize(2);

        Thread.sleep(3_000);
        Page expired = admin.get("/registrations");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).endsWith("/admin/login?expired");
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
