package org.pokot.lti.app.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import mockwebserver3.RecordedRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.app.registration.ConfiguredRegistrations;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.QueryParams;
import org.pokot.lti.app.testing.RegisteringPlatform;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.MoodleCaptures;

/**
 * Dynamic registration over HTTP, as Moodle runs it: the LMS frames {@code /lti/register}, the admin confirms, the
 * tool posts the registration to {@link RegisteringPlatform}, and a launch with the client id it got then works.
 */
@LtiAppTest
@Import(DynamicRegistrationFlowTest.AuditRecorder.class)
class DynamicRegistrationFlowTest extends AppPort {

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordedAudit audit;

    final RegisteringPlatform platform = RegisteringPlatform.start();
    final TestBrowser browser = new TestBrowser();

    @BeforeEach
    void clean() {
        jdbc.update("DELETE FROM lti_pending_registration");
        audit.events.clear();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void registerWhenConfirmedThenStoredAndALaunchWithTheNewClientIdSucceeds() throws Exception {
        String token = platform.newRegistrationToken();
        Page confirm = initiate(token);

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text("platform-issuer")).isEqualTo(platform.issuer());
        assertThat(confirm.header("Content-Security-Policy")).contains("frame-ancestors 'self'")
                .contains(platform.issuer());
        assertThat(confirm.body()).doesNotContain(token);
        assertThat(registrationRows()).as("nothing is registered before the admin confirms").isZero();
        assertThat(pendingRows()).isEqualTo(1);

        Page done = browser.click(confirm, "register");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).doesNotContain(token);
        assertThat(done.document().getElementById("next-step").text()).contains("Pending", "Activate");
        assertThat(done.document().getElementById("close-registration")).isNotNull();
        assertThat(done.body()).contains("/js/registration-close.js");
        assertThat(done.header("Content-Security-Policy")).contains(platform.issuer());
        String clientId = done.text("client-id");
        assertThat(clientId).startsWith("client-");

        RecordedRequest post = platform.registrationRequests().get(0);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        Map<String, Object> body = JSONObjectUtils.parse(post.getBody().utf8());
        assertThat(body).containsEntry("application_type", "web").containsEntry("initiate_login_uri", LOGIN)
                .containsEntry("redirect_uris", List.of(LAUNCH)).containsEntry("jwks_uri", TOOL + "/.well-known/jwks.json")
                .containsEntry("token_endpoint_auth_method", "private_key_jwt")
                .containsEntry("logo_uri", TOOL + "/img/logo.svg");
        @SuppressWarnings("unchecked")
        Map<String, Object> lti = (Map<String, Object>) body.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
        assertThat(lti).containsEntry("domain", "localhost:" + PORT).containsEntry("target_link_uri", LAUNCH);

        PlatformRegistration stored = registrations.findByIssuerAndClientId(new Issuer(platform.issuer()),
                new ClientId(clientId)).orElseThrow();
        assertThat(stored.id().value()).isEqualTo(ConfiguredRegistrations.stableId(platform.issuer(), clientId));
        assertThat(stored.deploymentIds()).containsExactly(new DeploymentId(platform.typeIdOf(clientId)));
        assertThat(stored.family()).isEqualTo(PlatformFamily.MOODLE);
        assertThat(stored.jwksUri()).isEqualTo(platform.uri("/mod/lti/certs.php"));
        assertThat(pendingRows()).as("the token is forgotten once used").isZero();
        assertThat(audit(AuditAction.DYNAMIC_REGISTRATION_COMPLETED))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("platform:" + platform.issuer());
                    assertThat(e.subject()).isEqualTo(stored.id().value());
                    assertThat(e.detail()).doesNotContain(token);
                });

        Page launch = launch(clientId);
        assertThat(launch.status()).as(launch.body()).isEqualTo(200);
        assertThat(launch.text("user-name")).isEqualTo("Liisa Learner");
    }

    @Test
    void registerWhenMoodlesCapturedConfigurationAndAnswerThenMoodleClientAndDeploymentStored() {
        platform.serve(capturedAtThisPlatform("registration/04_openid_configuration.json"));
        platform.answerNext(MoodleCaptures.text("registration/06_registration_response_body.json"));
        Page confirm = initiate(platform.newRegistrationToken());
        assertThat(confirm.text("platform-product")).isEqualTo("moodle 5.0.6+ (Build: 20260403)");

        Page done = browser.click(confirm, "register");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        PlatformRegistration stored = registrations.findByIssuerAndClientId(new Issuer(platform.issuer()),
                new ClientId("D7tMxo9hH2hgnir")).orElseThrow();
        assertThat(stored.deploymentIds()).containsExactly(new DeploymentId("2"));
        assertThat(stored.family()).isEqualTo(PlatformFamily.MOODLE);
        assertThat(stored.tokenAudience()).isEmpty();
        assertThat(stored.tokenEndpoint()).isEqualTo(platform.uri("/mod/lti/token.php"));
    }

    @Test
    void initiateWhenConfigurationFromAnotherOriginThenFramedErrorNamingItAndNothingKept() {
        Map<String, Object> foreign = platform.moodleShapedConfiguration();
        foreign.put("issuer", platform.issuer().replace("127.0.0.1", "localhost"));
        platform.serve(foreign);

        Page page = initiate(platform.newRegistrationToken());

        assertRefused(page, 400, "platform-configuration-foreign");
        assertThat(page.header("Content-Security-Policy")).contains(platform.issuer());
        assertThat(pendingRows()).isZero();
        assertThat(audit(AuditAction.DYNAMIC_REGISTRATION_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("platform:" + platform.issuer()));
    }

    @Test
    void initiateWhenRegistrationEndpointMissingThenErrorNamingItAndNothingKept() {
        Map<String, Object> configuration = platform.moodleShapedConfiguration();
        configuration.remove("registration_endpoint");
        platform.serve(configuration);

        Page page = initiate(platform.newRegistrationToken());

        assertRefused(page, 400, "platform-configuration-invalid");
        assertThat(page.text("error-detail")).contains("registration_endpoint");
        assertThat(pendingRows()).isZero();
    }

    @Test
    void confirmWhenPlatformRefusesThenWordsNoRegistrationAndTheSamePageCanTryAgain() {
        String token = platform.newRegistrationToken();
        Page confirm = initiate(token);
        platform.refuseNext(401, "token_already_used");

        Page refused = browser.click(confirm, "register");

        assertRefused(refused, 400, "dynamic-registration-refused");
        assertThat(refused.text("error-detail")).contains("already used").contains("token_already_used")
                .doesNotContain(token);
        assertThat(refused.header("Content-Security-Policy")).contains(platform.issuer());
        assertThat(pendingRows()).as("a refusal does not use the pending registration up").isEqualTo(1);

        platform.refuseNext(404, "<!DOCTYPE html><html><body>Exception - Expired token</body></html>");
        Page errorPage = browser.click(confirm, "register");
        assertRefused(errorPage, 400, "dynamic-registration-refused");
        assertThat(errorPage.text("error-detail")).contains("HTTP 404").doesNotContain("Exception");
        assertThat(errorPage.body()).doesNotContain("Expired token");

        Page done = browser.click(confirm, "register");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(registrationRows()).isEqualTo(1);
        assertThat(audit(AuditAction.DYNAMIC_REGISTRATION_FAILED)).hasSize(2);
    }

    @Test
    void confirmWhenSentTwiceThenSecondIsExpiredAndOneRegistration() {
        Page confirm = initiate(platform.newRegistrationToken());
        assertThat(browser.click(confirm, "register").status()).isEqualTo(200);

        Page again = browser.click(confirm, "register");

        assertRefused(again, 400, "dynamic-registration-expired");
        assertThat(registrationRows()).isEqualTo(1);
        assertThat(platform.registrationRequests()).hasSize(1);
    }

    @Test
    void confirmWhenForgedIdThenExpiredAndNothingPosted() {
        Page page = browser.postForm(TOOL + "/lti/register", Map.of("registration", "guessed-id"));

        assertRefused(page, 400, "dynamic-registration-expired");
        assertThat(platform.registrationRequests()).isEmpty();
    }

    @Test
    void initiateWhenNoConfigurationParameterThenRequestInvalid() {
        assertRefused(browser.get(TOOL + "/lti/register"), 400, "dynamic-registration-request-invalid");
    }

    @Test
    void updateWhenRegUpdateTokenThenExistingRegistrationUpdatedAndNoSecondRow() {
        Page first = browser.click(initiate(platform.newRegistrationToken()), "register");
        String clientId = first.text("client-id");
        PlatformRegistration before = registrations.findByIssuerAndClientId(new Issuer(platform.issuer()),
                new ClientId(clientId)).orElseThrow();
        String typeId = platform.typeIdOf(clientId);

        String update = platform.updateToken(typeId);
        Page confirm = initiate(update);
        assertThat(confirm.text("update-notice")).contains(clientId);
        Page done = browser.click(confirm, "register");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.document().getElementById("next-step")).as("no activation after an update").isNull();
        List<RecordedRequest> requests = platform.registrationRequests();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET", "POST");
        assertThat(requests.subList(1, 3)).extracting(r -> r.getHeaders().get("Authorization"))
                .containsOnly("Bearer " + update);
        assertThat(registrationRows()).isEqualTo(1);
        PlatformRegistration after = registrations.findById(before.id()).orElseThrow();
        assertThat(after.clientId()).isEqualTo(before.clientId());
        assertThat(after.deploymentIds()).isEqualTo(before.deploymentIds());
        assertThat(audit(AuditAction.DYNAMIC_REGISTRATION_COMPLETED)).extracting(AuditEvent::detail)
                .anySatisfy(d -> assertThat(d).startsWith("updated client " + clientId));
        assertThat(launch(clientId).status()).isEqualTo(200);
    }

    private Page initiate(String token) {
        return browser.get(TOOL + "/lti/register?openid_configuration=" + enc(platform.configurationUrl())
                + "&registration_token=" + enc(token), "Sec-Fetch-Dest", "iframe");
    }

    private Page launch(String clientId) {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", platform.issuer());
        login.put("target_link_uri", LAUNCH);
        login.put("login_hint", "learner-1");
        login.put("client_id", clientId);
        login.put("lti_deployment_id", platform.typeIdOf(clientId));
        TestBrowser learner = new TestBrowser();
        Page redirect = learner.postForm(LOGIN, login);
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String auth = redirect.location();
        String idToken = platform.idToken(clientId, LAUNCH, QueryParams.of(auth).get("nonce"), Instant.now()).sign();
        return learner.postForm(LAUNCH, launchFields(auth, idToken));
    }

    private static void assertRefused(Page page, int status, String code) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.text("error-code")).isEqualTo(code);
        assertThat(page.body()).doesNotContain("eyJ");
    }

    private Map<String, Object> capturedAtThisPlatform(String path) {
        try {
            return JSONObjectUtils.parse(MoodleCaptures.text(path).replace("http://127.0.0.1:8081", platform.issuer()));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditEvent> audit(AuditAction action) {
        return audit.events.stream().filter(e -> e.action() == action).toList();
    }

    private int registrationRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lti_registration WHERE issuer = ?", Integer.class,
                platform.issuer());
    }

    private int pendingRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lti_pending_registration", Integer.class);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The audit events the application published, from any thread (a request's, not the test's). */
    static final class RecordedAudit {
        final List<AuditEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(AuditEvent event) {
            events.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AuditRecorder {
        @Bean
        RecordedAudit recordedAudit() {
            return new RecordedAudit();
        }
    }
}
