package org.pokot.lti.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pokot.lti.app.browser.LaunchRecorder.LtiRequest;
import org.pokot.lti.app.launch.BrowserBinding.Source;
import org.pokot.lti.app.launch.LaunchCompleted;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;

/**
 * Sandbox launches in headless Debian Chromium: the sandbox platform's course page on one site
 * ({@code http://127.0.0.1:PORT}) embeds the tool from another ({@code http://localhost:PORT}) in an iframe, as an
 * LMS does. Third-party cookies are blocked explicitly ({@code profile.cookie_controls_mode} = 1) except in the
 * control run. Every test asserts what the tool's server received ({@link LaunchRecorder}): the source that bound
 * the browser in the {@link LaunchCompleted} event, and the cookies that came with the platform's post.
 * <p>
 * What Chromium 156 does here: in the frame only the {@code Partitioned} cookie comes back, the plain
 * {@code SameSite=None} one being a blocked third-party cookie. In a new top-level window both come back (the
 * partition is then the tool's own site), and the server tries the partitioned one first.
 * <p>
 * The frame storage path ({@link Source#FRAME_STORAGE}, for Safari) is not tested here: Chromium 156 could not be
 * made to drop every cookie in the frame while keeping its sessionStorage. A cookie content-setting block for the
 * tool blocks the frame's sessionStorage too (see the restart test), {@code --disable-features=PartitionedCookies}
 * changes nothing (the partitioned cookie still comes back), and serving the tool on a non-trustworthy origin
 * ({@code http://tool.test}) drops the {@code Secure} cookies but also the {@code Sec-Fetch-*} headers, so the
 * login is answered with a 302 instead of the frame page that writes sessionStorage. The HTTP-level
 * {@code LaunchFlowTest} covers that path.
 */
@Tag("browser")
@LtiAppTest
@Import(LaunchRecorder.Configuration.class)
class SandboxLaunchBrowserIT extends AppPort {

    private static final Set<String> BOTH_COOKIES = Set.of("lti_browser", "lti_browser_p");

    @Autowired
    LaunchRecorder recorder;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.clear();
    }

    @Test
    void iframeLaunchWhenThirdPartyCookiesBlockedThenPartitionedCookieBindsTheBrowser() {
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=learner");

            LaunchOutcome outcome = LaunchOutcome.inToolFrame(driver);
            driver.switchTo().defaultContent();
            chromium.screenshot("iframe-launch-third-party-cookies-blocked");

            assertLaunched(outcome, "Liisa Oppija", "Oppija");
            assertLoginAnsweredInFrame();
            // The plain SameSite=None cookie is a third-party cookie in this frame, so Chromium did not send it;
            // the partitioned one, keyed to the course page's site, came back.
            assertThat(singleLaunchPost()).satisfies(post -> {
                assertThat(post.fetchDest()).isEqualTo("iframe");
                assertThat(post.cookies()).containsExactly("lti_browser_p");
                assertThat(post.frameSecret()).isFalse();
            });
            assertThat(boundBy()).isEqualTo(Source.PARTITIONED_COOKIE);
        }
    }

    @Test
    void windowLaunchWhenThirdPartyCookiesBlockedThenPartitionedCookieOfTheToolsOwnSiteBindsTheBrowser() {
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(TOOL + "/");
            String home = driver.getWindowHandle();
            driver.findElement(By.id("launch-learner-window")).click();
            new WebDriverWait(driver, LaunchOutcome.WAIT).until(d -> d.getWindowHandles().size() == 2);
            String launchWindow = driver.getWindowHandles().stream().filter(h -> !h.equals(home)).findFirst()
                    .orElseThrow();
            driver.switchTo().window(launchWindow);

            LaunchOutcome outcome = LaunchOutcome.inWindow(driver);
            chromium.screenshot("window-launch-third-party-cookies-blocked");

            assertLaunched(outcome, "Liisa Oppija", "Oppija");
            assertThat(recorder.requests()).filteredOn(r -> r.path().equals("/lti/login"))
                    .extracting(LtiRequest::fetchDest).containsExactly("document"); // so a 302, not the frame page
            // Top-level cross-site form posts carry SameSite=None cookies, and a partitioned cookie set in a
            // top-level window is keyed to the tool's own site: both cookies come back. The server tries the
            // partitioned cookie first (BrowserBinding.presentedSecrets), so that is the one named as binding.
            // The plain cookie is what a window needs only when the secret was set in a frame (e.g. a login
            // restarted from a frame with third-party cookies allowed): that partitioned cookie is not in the window.
            assertThat(singleLaunchPost()).satisfies(post -> {
                assertThat(post.fetchDest()).isEqualTo("document");
                assertThat(post.cookies()).containsExactlyInAnyOrderElementsOf(BOTH_COOKIES);
            });
            assertThat(boundBy()).isEqualTo(Source.PARTITIONED_COOKIE);
        }
    }

    @Test
    void iframeLaunchWhenThirdPartyCookiesAllowedThenBothCookiesComeBack() {
        try (Chromium chromium = Chromium.start(Chromium.ALLOW_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=learner");

            LaunchOutcome outcome = LaunchOutcome.inToolFrame(driver);

            assertLaunched(outcome, "Liisa Oppija", "Oppija");
            assertLoginAnsweredInFrame();
            // Control: with third-party cookies allowed the plain cookie comes back too, which shows that mode 1
            // in the other tests is what kept it away. Both hold the same secret; the partitioned one is tried first.
            assertThat(singleLaunchPost()).satisfies(post -> {
                assertThat(post.fetchDest()).isEqualTo("iframe");
                assertThat(post.cookies()).containsExactlyInAnyOrderElementsOf(BOTH_COOKIES);
            });
            assertThat(boundBy()).isEqualTo(Source.PARTITIONED_COOKIE);
        }
    }

    @Test
    void iframeLaunchAsInstructorThenShowsInstructorRole() {
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=instructor");

            LaunchOutcome outcome = LaunchOutcome.inToolFrame(driver);

            assertLaunched(outcome, "Ilkka Opettaja", "Opettaja");
            assertThat(boundBy()).isEqualTo(Source.PARTITIONED_COOKIE);
        }
    }

    @Test
    void iframeLaunchWhenCookiesAndStorageBlockedInFrameThenRestartInNewWindowLaunches() {
        // A cookie content-setting exception that blocks the tool only under the course page's site. Chromium
        // then drops the partitioned cookie too, and blocks the frame's sessionStorage as well, so the launch check
        // finds no secret and offers a new window, where the tool is first-party and the restarted login works.
        Map<String, Object> blockToolUnderPlatform = Map.of("profile.content_settings.exceptions.cookies",
                Map.of(TOOL + ",http://127.0.0.1:" + PORT, Map.of("setting", 2)));
        try (Chromium chromium = Chromium.start(Chromium.BLOCK_THIRD_PARTY_COOKIES, List.of(),
                blockToolUnderPlatform)) {
            WebDriver driver = chromium.driver();
            driver.get(SANDBOX + "?as=learner");

            LaunchOutcome framed = LaunchOutcome.inToolFrame(driver);
            chromium.screenshot("iframe-launch-check-blocked");
            assertThat(framed.sessionState()).as(framed.pageText()).isEqualTo(LaunchOutcome.NOT_LAUNCHED);
            assertThat(framed.pageText()).contains("Open the tool in a new window");
            assertLoginAnsweredInFrame();
            assertThat(singleLaunchPost()).satisfies(post -> {
                assertThat(post.cookies()).isEmpty();
                assertThat(post.frameSecret()).as("the launch check found no secret, so it posted nothing").isFalse();
            });
            assertThat(recorder.launches()).isEmpty();

            String course = driver.getWindowHandle();
            driver.findElement(By.cssSelector("#launch-check-blocked a")).click();
            new WebDriverWait(driver, LaunchOutcome.WAIT).until(d -> d.getWindowHandles().size() == 2);
            driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(course))
                    .findFirst().orElseThrow());
            LaunchOutcome restarted = LaunchOutcome.inWindow(driver);

            assertLaunched(restarted, "Liisa Oppija", "Oppija");
            assertThat(recorder.requests()).filteredOn(r -> r.path().equals("/lti/login/restart"))
                    .singleElement().satisfies(restart -> {
                        assertThat(restart.fetchDest()).isEqualTo("document");
                        assertThat(restart.cookies()).as("the frame could keep no cookie").isEmpty();
                    });
            assertThat(recorder.launchPosts()).hasSize(2).last().satisfies(post -> {
                assertThat(post.fetchDest()).isEqualTo("document");
                assertThat(post.cookies()).containsExactlyInAnyOrderElementsOf(BOTH_COOKIES);
            });
            assertThat(boundBy()).isEqualTo(Source.PARTITIONED_COOKIE);
        }
    }

    // --- helpers

    private void assertLaunched(LaunchOutcome outcome, String userName, String role) {
        assertThat(outcome.sessionActive()).as("the launch page's session check; the page said: %s; the server "
                + "received: %s", outcome.pageText(), recorder).isTrue();
        assertThat(outcome.userName()).isEqualTo(userName);
        assertThat(outcome.role()).isEqualTo(role);
        // the status in the page's language, from the texts the page carries for launch.js
        assertThat(outcome.pageText()).containsAnyOf("active for " + userName, "voimassa: " + userName);
        assertThat(recorder.launches()).singleElement().satisfies(launch -> {
            assertThat(launch.registrationId().value()).isEqualTo("sandbox");
            assertThat(launch.messageType().claimValue()).isEqualTo("LtiResourceLinkRequest");
        });
    }

    /** The login initiation came into the frame, so the tool answered with its page that also fills sessionStorage. */
    private void assertLoginAnsweredInFrame() {
        assertThat(recorder.requests()).filteredOn(r -> r.path().equals("/lti/login"))
                .extracting(LtiRequest::fetchDest).containsExactly("iframe");
    }

    private LtiRequest singleLaunchPost() {
        assertThat(recorder.launchPosts()).as("posts to /lti/launch").hasSize(1);
        return recorder.launchPosts().get(0);
    }

    private Source boundBy() {
        return recorder.launches().get(0).boundBy();
    }
}
