package org.pokot.lti.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser.Page;

/** Failed console logins over HTTP: after five the name is locked, even for the right password. */
@LtiAppTest
@TestPropertySource(properties = "lti.admin.password={noop}" + AdminLoginThrottleTest.PASSWORD)
class AdminLoginThrottleTest extends AppPort {

    static final String PASSWORD = "throttle-test-password";

    @Test
    void loginWhenFiveFailuresThenLockedEvenWithTheRightPassword() {
        ConsoleClient attacker = new ConsoleClient(TOOL);
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.login("admin", "guess-" + i).location()).endsWith("/admin/login?error");
        }

        Page locked = attacker.login("admin", PASSWORD);
        Page page = attacker.get("/login?locked", "Accept-Language", "fi");

        assertThat(locked.location()).endsWith("/admin/login?locked");
        assertThat(page.text("login-locked")).startsWith("Liian monta epäonnistunutta kirjautumista");
        assertThat(new ConsoleClient(TOOL).login("admin", PASSWORD).location())
                .as("another browser on the same address").endsWith("/admin/login?locked");
    }
}
