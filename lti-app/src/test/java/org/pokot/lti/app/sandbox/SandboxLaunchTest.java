package org.pokot.lti.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.QueryParams;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;

/** The sandbox platform drives the tool through the real OIDC flow, page by page, as a browser would. */
@LtiAppTest
class SandboxLaunchTest extends AppPort {

    TestBrowser browser = new TestBrowser();

    @Test
    void homeWhenSandboxOnThenOffersBothLaunches() {
        Page home = browser.get(TOOL + "/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.document().getElementById("launch-learner").attr("href")).isEqualTo(SANDBOX + "?as=learner");
        assertThat(home.document().getElementById("launch-instructor").attr("href"))
                .isEqualTo(SANDBOX + "?as=instructor");
    }

    @Test
    void launchWhenInstructorThroughSandboxPagesThenToolShowsInstructor() {
        Page coursePage = browser.get(SANDBOX + "?as=instructor");
        String frameSrc = coursePage.document().getElementById("tool-frame").attr("src");

        Page initiation = browser.get(frameSrc);           // platform: auto-post of the login initiation
        Page login = browser.submit(initiation);           // tool: 302 to the platform's auth endpoint
        assertThat(login.status()).isEqualTo(302);
        Page authAnswer = browser.get(login.location());   // platform: auto-post of id_token and state
        Page launch = browser.submit(authAnswer);          // tool: the launch page

        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.text("user-name")).isEqualTo("Ilkka Opettaja");
        assertThat(launch.text("role")).isEqualTo("Opettaja");
        assertThat(launch.text("context")).isEqualTo("POKOT sandbox course");
        assertThat(launch.document().select(".module-list > li")).as("no module named: the pack's list").isNotEmpty();
    }

    @Test
    void authWhenRedirectUriIsNotTheRegisteredOneThenPlatformRefuses() {
        Page initiation = browser.get(SANDBOX + "/start?as=learner");
        Page login = browser.submit(initiation);
        Map<String, String> auth = QueryParams.of(login.location());
        String tampered = login.location().replace(
                java.net.URLEncoder.encode(auth.get("redirect_uri"), java.nio.charset.StandardCharsets.UTF_8),
                java.net.URLEncoder.encode("https://evil.example/steal", java.nio.charset.StandardCharsets.UTF_8));

        Page answer = browser.get(tampered);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).startsWith("Invalid request");
    }
}
