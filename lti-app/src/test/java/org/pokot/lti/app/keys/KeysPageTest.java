package org.pokot.lti.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeys;

/**
 * The keys page behind a stand-in for the admin console's chain (authentication and CSRF on, as the console's
 * form login chain has them): it lists the keys without key material and rotates only with the form's CSRF token.
 * Once the console chain is merged, the same checks belong against it.
 */
@LtiAppTest
@TestPropertySource(properties = {"lti.admin.password={noop}s3cret-for-tests", "lti.keys.check-interval=1h"})
class KeysPageTest extends AppPort {

    static final String[] ADMIN = {"Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "admin:s3cret-for-tests".getBytes(StandardCharsets.UTF_8))};

    @Autowired
    ToolKeys toolKeys;

    TestBrowser browser = new TestBrowser();

    @Test
    void pageWhenSignedInThenKeysWithStatusAndTimesButNoKeyMaterial() {
        Page page = browser.get(TOOL + "/admin/keys", ADMIN);

        assertThat(page.status()).isEqualTo(200);
        String kid = toolKeys.signingKey().kid();
        Element row = page.document().getElementById("key-" + kid);
        assertThat(row.attr("data-status")).isEqualTo("ACTIVE");
        assertThat(row.text()).contains("Current: signs", "UTC");
        assertThat(page.document().getElementById("next-scheduled-rotation").text()).contains("UTC");
        assertThat(page.body()).doesNotContain(toolKeys.signingKey().jwk().getPrivateExponent().toString(),
                toolKeys.signingKey().jwk().getModulus().toString(), "\"d\"");
        assertThat(browser.get(TOOL + "/admin/keys", ADMIN[0], ADMIN[1], "Accept-Language", "fi").text("keys"))
                .contains("Voimassa: allekirjoittaa");
    }

    @Test
    void rotateWhenNoCsrfTokenThenRefusedAndNoKeyMade() {
        int before = toolKeys.all().size();

        Page answer = browser.postForm(TOOL + "/admin/keys/rotate", Map.of(), ADMIN);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(toolKeys.all()).hasSize(before);
    }

    @Test
    void rotateWhenFormPostedWithItsCsrfTokenThenNextKeyPublishedAndShown() {
        Page page = browser.get(TOOL + "/admin/keys", ADMIN);
        Element form = page.document().getElementById("rotate-form");
        assertThat(form.select("input[name=_csrf]")).as("the form carries the CSRF token").hasSize(1);

        Page answer = browser.postForm(TOOL + "/admin/keys/rotate",
                Map.of("_csrf", form.selectFirst("input[name=_csrf]").attr("value")), ADMIN);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/admin/keys?rotation=started");
        Page after = browser.get(answer.location().startsWith("http") ? answer.location() : TOOL + answer.location(),
                ADMIN);
        assertThat(after.document().getElementById("rotation-started")).isNotNull();
        assertThat(toolKeys.all()).filteredOn(k -> k.status() == ToolKeyStatus.NEXT).hasSize(1);
        assertThat(after.document().select("tr[data-status=NEXT]").text()).contains("becomes current");
        assertThat(List.of(after.body())).noneMatch(body -> body.contains("\"kty\""));
    }

    /** Stand-in for the console's chain: authentication required, CSRF token in a cookie (no HTTP sessions). */
    @TestConfiguration(proxyBeanMethods = false)
    static class ConsoleChain {

        @Bean
        @Order(15)
        SecurityFilterChain consoleStandIn(HttpSecurity http) throws Exception {
            return http.securityMatcher("/admin/**")
                    .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                    .httpBasic(Customizer.withDefaults())
                    .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository()))
                    .build();
        }
    }
}
