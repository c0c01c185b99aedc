package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;
import static org.pokot.lti.app.testing.Launches.token;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.QueryParams;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.oidc.SealedLoginStateStore;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.SimulatedPlatform;

/**
 * Complete launches over HTTP: the test is the browser, {@link SimulatedPlatform} is the LMS (its JWKS on
 * MockWebServer, its id_tokens signed by the test).
 */
@LtiAppTest
class LaunchFlowTest extends AppPort {

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginStateStore states;

    TestBrowser browser = new TestBrowser();

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_resource_link");
        jdbc.update("DELETE FROM lti_deployment WHERE registration_id <> 'sandbox'");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().build());
    }

    @Test
    void loginWhenPostedThenRedirectsToPlatformWithEveryParameter() {
        Page login = browser.postForm(LOGIN, loginParameters());

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).startsWith(platform.authorizationEndpoint() + "?");
        Map<String, String> auth = QueryParams.of(login.location());
        assertThat(auth).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", SimulatedPlatform.CLIENT_ID).containsEntry("redirect_uri", LAUNCH)
                .containsEntry("login_hint", "learner-1")
                .containsEntry("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}")
                .containsKeys("state", "nonce");
        assertThat(browser.cookieAttributes(BrowserBinding.PARTITIONED_COOKIE))
                .contains("Secure", "HttpOnly", "SameSite=None", "Partitioned");
        assertThat(browser.cookieAttributes(BrowserBinding.COOKIE))
                .contains("Secure", "HttpOnly", "SameSite=None").doesNotContain("Partitioned");
    }

    @Test
    void launchWhenLoginByGetThenShowsUserRoleCourseAndLink() {
        String query = loginParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        Page login = browser.get(LOGIN + "?" + query);
        assertThat(login.status()).isEqualTo(302);

        Page launch = post(login, token(login).sign());

        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.text("user-name")).isEqualTo("Liisa Learner");
        assertThat(launch.text("role")).isEqualTo("Oppija");
        assertThat(launch.text("context")).isEqualTo("POKOT pilot");
        assertThat(launch.text("resource-link")).isEqualTo("Ennakointi");
        // sent whole (WholePageFilter), not chunked: one write instead of the page and a closing chunk
        assertThat(launch.header("Transfer-Encoding")).isNull();
        assertThat(launch.header("Content-Length"))
                .isEqualTo(String.valueOf(launch.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(usedStates()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lti_resource_link WHERE resource_link_id = 'rl-1'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void launchWhenAgsClaimThenStoredWithTheResourceLinkAndUpdatedByTheNextLaunch() {
        String lineItems = platform.issuer() + "/mod/lti/services.php/2/lineitems?type_id=1";
        Page first = browser.postForm(LOGIN, loginParameters());
        post(first, token(first).claim(LtiClaimNames.AGS_ENDPOINT, Map.of("scope", List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"), "lineitems", lineItems)).sign());
        Page second = browser.postForm(LOGIN, loginParameters());
        post(second, token(second).claim(LtiClaimNames.AGS_ENDPOINT, Map.of("scope", List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"), "lineitems", lineItems,
                "lineitem", lineItems.replace("lineitems?", "lineitems/2/lineitem?"))).sign());

        Map<String, Object> link = jdbc.queryForMap("SELECT ags_scopes, ags_line_items, ags_line_item "
                + "FROM lti_resource_link WHERE resource_link_id = 'rl-1'");
        assertThat(link.values()).containsExactly("https://purl.imsglobal.org/spec/lti-ags/scope/score", lineItems,
                lineItems.replace("lineitems?", "lineitems/2/lineitem?"));
    }

    @Test
    void launchWhenValidThenSessionTokenAuthenticatesApiWithoutCookies() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Page launch = post(login, token(login).instructor().sign());
        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.text("role")).isEqualTo("Opettaja");
        String sessionToken = launch.document().getElementById("launch").attr("data-session-token");

        TestBrowser cookieless = new TestBrowser();
        Page session = cookieless.get(TOOL + "/api/session", "Authorization", "Bearer " + sessionToken);
        Page anonymous = cookieless.get(TOOL + "/api/session");
        Page forged = cookieless.get(TOOL + "/api/session", "Authorization", "Bearer " + token(login).sign());

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body()).contains("\"userId\":\"learner-1\"", "membership#Instructor");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).as("a platform's id_token is no session token").isEqualTo(401);
    }

    @Test
    void launchWhenInIframeWithoutCookiesThenFrameStorageBindsTheState() {
        Page login = browser.postForm(LOGIN, loginParameters(), "Sec-Fetch-Dest", "iframe");
        assertThat(login.status()).isEqualTo(200);
        var page = login.document().getElementById("login-redirect");
        String authUri = page.attr("data-auth-uri");
        String secret = page.attr("data-browser-secret");
        assertThat(QueryParams.of(authUri)).containsKeys("state", "nonce");

        browser.clearCookies(); // the cross-site post into the frame brought no cookie back
        Map<String, String> fields = launchFields(authUri, token(authUri).sign());
        Page check = browser.postForm(LAUNCH, fields);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.document().getElementById("launch-check")).isNotNull();
        assertThat(usedStates()).isZero();

        fields.put(BrowserBinding.FRAME_SECRET_PARAMETER, secret);
        Page launch = browser.postForm(LAUNCH, fields);
        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.text("user-name")).isEqualTo("Liisa Learner");
    }

    @Test
    void launchWhenStatePostedTwiceThenSecondIsRefusedAsReplay() {
        Page login = browser.postForm(LOGIN, loginParameters());
        String idToken = token(login).sign();
        assertThat(post(login, idToken).status()).isEqualTo(200);

        Page replay = post(login, idToken);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("error-code")).isEqualTo("nonce-replayed");
    }

    @Test
    void launchWhenEarlierTokenPostedWithNewLoginsStateThenNonceReplayed() {
        Page first = browser.postForm(LOGIN, loginParameters());
        String used = token(first).sign();
        assertThat(post(first, used).status()).isEqualTo(200);
        Page second = browser.postForm(LOGIN, loginParameters());

        Page replay = post(second, used);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("error-code")).isEqualTo("nonce-replayed");
        assertThat(usedStates()).as("the second login stays unused").isEqualTo(1);
    }

    @Test
    void launchWhenUnknownDeploymentAndAcceptPolicyThenLaunchesAndRecordsItUnconfirmed() {
        registrations.save(platform.registration()
                .unknownDeploymentPolicy(org.pokot.lti.core.registration.UnknownDeploymentPolicy.ACCEPT_AND_RECORD)
                .build());
        Page login = browser.postForm(LOGIN, loginParameters());

        Page launch = post(login, token(login).instructor().claim(LtiClaimNames.DEPLOYMENT_ID, "course-copy-7").sign());

        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.document().getElementById("unconfirmed-deployment")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT status FROM lti_deployment WHERE deployment_id = 'course-copy-7'",
                String.class)).isEqualTo("UNCONFIRMED");
    }

    @Test
    void errorWhenClientAsksForJsonThenBodyNamesCodeAndCorrelationId() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Map<String, String> fields = launchFields(login.location(), token(login).without("nonce").sign());

        Page error = browser.postForm(LAUNCH, fields, "Accept", "application/json");

        assertThat(error.status()).isEqualTo(401);
        assertThat(error.header("Content-Type")).startsWith("application/json");
        assertThat(error.body()).contains("\"code\":\"nonce-missing\"", "\"error\":\"invalid_request\"",
                "\"correlation_id\":", "/docs/troubleshooting#nonce-missing");
    }

    @Test
    void launchPageWhenServedThenFrameableOnlyByRegisteredPlatforms() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Page launch = post(login, token(login).sign());

        String csp = launch.header("Content-Security-Policy");
        String frameAncestors = csp.substring(csp.indexOf("frame-ancestors"));
        // the simulated platform, the sandbox platform, and no other origin
        assertThat(frameAncestors.split(";")[0].split(" ")).containsExactlyInAnyOrder("frame-ancestors", "'self'",
                platform.issuer(), "http://127.0.0.1:" + PORT);
        assertThat(launch.header("X-Frame-Options")).isNull();
        assertThat(launch.header("Set-Cookie")).as("no session cookie after the launch").isNull();
    }

    @Test
    void markUsedWhenTwoLaunchesRaceThenExactlyOneWins() throws Exception {
        Page login = browser.postForm(LOGIN, loginParameters());
        String state = QueryParams.of(login.location()).get("state");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> states.markUsed(states.findByState(state).orElseThrow(),
                        Instant.now())));
            }
            int winners = 0;
            for (var attempt : attempts) {
                winners += attempt.get(10, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void launchWhenFirstLaunchesOfALinkRaceThenEveryOneLandsAndOneRowIsKept() throws Exception {
        int learners = 6;
        var launches = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
        for (int i = 0; i < learners; i++) {
            TestBrowser learner = new TestBrowser();
            Page login = learner.postForm(LOGIN, loginParameters());
            String idToken = token(login).subject("learner-race-" + i).sign();
            launches.add(() -> learner.postForm(LAUNCH, launchFields(login.location(), idToken)).status());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(learners);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var launch : pool.invokeAll(launches)) {
                statuses.add(launch.get(20, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lti_resource_link WHERE resource_link_id = 'rl-1'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void loginWhenStartedThenNothingIsWrittenUntilTheLaunch() {
        Page login = browser.postForm(LOGIN, loginParameters());
        browser.postForm(LOGIN, loginParameters());

        assertThat(usedStates()).as("a login writes nothing: its state is sealed").isZero();
        assertThat(post(login, token(login).sign()).status()).isEqualTo(200);
        assertThat(usedStates()).isEqualTo(1);
    }

    @Test
    void purgeWhenStatesExpiredLongEnoughThenOnlyTheirUsesAreDeleted() {
        for (int i = 0; i < 2; i++) {
            Page login = browser.postForm(LOGIN, loginParameters());
            assertThat(post(login, token(login).sign()).status()).isEqualTo(200);
        }
        // one state expired just now, still inside the margin; the other expired before it
        jdbc.update("UPDATE lti_nonce_use SET expires_at = ? WHERE nonce_key = (SELECT MIN(nonce_key) FROM lti_nonce_use)",
                java.sql.Timestamp.from(Instant.now().minus(SealedLoginStateStore.PURGE_MARGIN).minusSeconds(60)));
        jdbc.update("UPDATE lti_nonce_use SET expires_at = ? WHERE nonce_key = (SELECT MAX(nonce_key) FROM lti_nonce_use)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)));

        int purged = states.purgeExpired(Instant.now());

        assertThat(purged).isEqualTo(1);
        assertThat(usedStates()).isEqualTo(1);
    }

    @Test
    void restartWhenFrameCouldNotBindThenNewTopLevelLoginStarts() {
        Page login = browser.postForm(LOGIN, loginParameters(), "Sec-Fetch-Dest", "iframe");
        String authUri = login.document().getElementById("login-redirect").attr("data-auth-uri");
        String state = QueryParams.of(authUri).get("state");

        Page restart = new TestBrowser().get(TOOL + "/lti/login/restart?state=" + state);

        assertThat(restart.status()).isEqualTo(302);
        Map<String, String> auth = QueryParams.of(restart.location());
        assertThat(auth.get("state")).isNotEqualTo(state);
        assertThat(auth).containsEntry("login_hint", "learner-1")
                .containsEntry("lti_message_hint", loginParameters().get("lti_message_hint"));
    }

    @Test
    void restartWhenHintsAreAsLongAsAcceptedThenTheRestartLinkStillWorks() {
        // a Canvas lti_message_hint is a JWT; the state carries both hints, so the restart URL is long
        Map<String, String> parameters = new LinkedHashMap<>(loginParameters());
        parameters.put("login_hint", "l".repeat(4096));
        parameters.put("lti_message_hint", "eyJ" + "h".repeat(4093));
        Page login = browser.postForm(LOGIN, parameters, "Sec-Fetch-Dest", "iframe");
        String authUri = login.document().getElementById("login-redirect").attr("data-auth-uri");
        String state = QueryParams.of(authUri).get("state");

        Page restart = new TestBrowser().get(TOOL + "/lti/login/restart?state=" + state);

        assertThat(restart.status()).isEqualTo(302);
        assertThat(QueryParams.of(restart.location()))
                .containsEntry("login_hint", parameters.get("login_hint"))
                .containsEntry("lti_message_hint", parameters.get("lti_message_hint"));
        Page topLevel = new TestBrowser().postForm(LOGIN, parameters);
        assertThat(topLevel.status()).isEqualTo(302);
        assertThat(QueryParams.of(topLevel.location())).containsEntry("lti_message_hint",
                parameters.get("lti_message_hint"));
    }

    Page post(Page login, String idToken) {
        return browser.postForm(LAUNCH, launchFields(login.location(), idToken));
    }

    int usedStates() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lti_nonce_use", Integer.class);
    }
}
