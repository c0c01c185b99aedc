package org.pokot.lti.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeys;

/**
 * The keys page in the admin console, behind its form login and CSRF tokens: it lists the keys without key material
 * and rotates only with the form's CSRF token.
 */
@LtiAppTest
@TestPropertySource(properties = {"lti.admin.password={noop}s3cret-for-tests", "lti.keys.check-interval=1h"})
class KeysPageTest extends AppPort {

    @Autowired
    ToolKeys toolKeys;

    ConsoleClient admin = new ConsoleClient(TOOL);

    @BeforeEach
    void logIn() {
        assertThat(admin.login("admin", "s3cret-for-tests").status()).isEqualTo(302);
    }

    @Test
    void pageWhenSignedInThenKeysWithStatusAndTimesButNoKeyMaterial() {
        Page page = admin.get("/keys");

        assertThat(page.status()).isEqualTo(200);
        String kid = toolKeys.signingKey().kid();
        Element row = page.document().getElementById("key-" + kid);
        assertThat(row.attr("data-status")).isEqualTo("ACTIVE");
        assertThat(row.text()).contains("Current: signs", "UTC");
        assertThat(page.document().getElementById("next-scheduled-rotation").text()).contains("UTC");
        assertThat(page.document().getElementById("nav-keys").attr("aria-current")).isEqualTo("page");
        assertThat(page.body()).doesNotContain(toolKeys.signingKey().jwk().getPrivateExponent().toString(),
                toolKeys.signingKey().jwk().getModulus().toString(), "\"d\"");
        assertThat(admin.get("/keys", "Accept-Language", "fi").text("keys")).contains("Voimassa: allekirjoittaa");
    }

    @Test
    void pageWhenNotSignedInThenLoginPage() {
        Page anonymous = new ConsoleClient(TOOL).get("/keys");

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/admin/login");
    }

    @Test
    void rotateWhenNoCsrfTokenThenRefusedAndNoKeyMade() {
        int before = toolKeys.all().size();

        Page answer = admin.postWithoutCsrf("/keys/rotate", Map.of());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(toolKeys.all()).hasSize(before);
    }

    @Test
    void rotateWhenFormPostedWithItsCsrfTokenThenNextKeyPublishedAndShown() {
        Page page = admin.get("/keys");
        Element form = page.document().getElementById("rotate-form");
        assertThat(form.select("input[name=_csrf]")).as("the form carries the CSRF token").hasSize(1);

        Page answer = admin.submit(form);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/admin/keys?rotation=started");
        Page after = admin.get("/keys?rotation=started");
        assertThat(after.document().getElementById("rotation-started")).isNotNull();
        assertThat(toolKeys.all()).filteredOn(k -> k.status() == ToolKeyStatus.NEXT).hasSize(1);
        assertThat(after.document().select("tr[data-status=NEXT]").text()).contains("becomes current");
        assertThat(admin.seen).noneMatch(p -> p.body().contains("\"kty\""));
    }
}
