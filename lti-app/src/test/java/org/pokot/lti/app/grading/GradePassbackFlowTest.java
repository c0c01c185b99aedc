package org.pokot.lti.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LearnerPath;
import org.pokot.lti.app.testing.Launches;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.ags.AgsScopes;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.AccessTokenCache;
import org.pokot.lti.core.service.TestServicePlatform;

/**
 * A learner passes a module; the completion reaches the LMS's AGS endpoints (MockWebServer playing Moodle's token
 * and score services), and survives the LMS being down.
 */
@LtiAppTest
class GradePassbackFlowTest extends AppPort {

    static final String MODULE = "labour-market-foresight";
    static final String LINE_ITEM_PATH = "/mod/lti/services.php/2/lineitems/2/lineitem";

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PackCatalog catalog;
    @Autowired
    GradeDeliveryWorker worker;
    @Autowired
    AccessTokenCache tokens;

    TestServicePlatform lms = TestServicePlatform.start();
    TestBrowser browser = new TestBrowser();

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM learning_progress");
        jdbc.update("DELETE FROM lti_resource_link");
        jdbc.update("DELETE FROM lti_login_state");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().tokenEndpoint(lms.url("/token")).build());
        tokens.removeAll(new RegistrationId("reg-sim")); // each test's LMS issues its own tokens
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    @Test
    void completionWhenLmsTakesTheScoreThenScorePostedToTheActivitysLineItemAndDelivered() throws Exception {
        complete("learner-1", Map.of("scope", List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE),
                "lineitems", lms.url("/mod/lti/services.php/2/lineitems?type_id=1").toString(),
                "lineitem", lms.url(LINE_ITEM_PATH + "?type_id=1").toString()));
        lms.answer(new MockResponse.Builder().code(200).setHeader("Content-Type",
                "application/vnd.ims.lis.v1.score+json").build());

        worker.runOnce();

        RecordedRequest score = single(lms.serviceRequests());
        assertThat(score.getMethod()).isEqualTo("POST");
        assertThat(score.getTarget()).isEqualTo(LINE_ITEM_PATH + "/scores?type_id=1");
        assertThat(score.getHeaders().get("Content-Type")).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(score.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        Map<String, Object> body = JSONObjectUtils.parse(score.getBody().utf8());
        assertThat(body).containsEntry("userId", "learner-1").containsEntry("scoreGiven", 8L)
                .containsEntry("scoreMaximum", 8L).containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded");
        assertThat((String) body.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(TestServicePlatform.form(single(lms.tokenRequests())))
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(status()).isEqualTo("DELIVERED");

        worker.runOnce();
        assertThat(lms.serviceRequests()).as("delivered once").hasSize(1);
    }

    @Test
    void completionWhenLmsDownThenRetriedLaterAndDeliveredAfterItRecovers() {
        complete("learner-2", activityLineItem());
        lms.answer(new MockResponse.Builder().code(503).build());

        worker.runOnce();

        assertThat(status()).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT attempts FROM grade_delivery", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT next_attempt_at FROM grade_delivery", Instant.class))
                .isAfter(Instant.now().plusSeconds(20));
        worker.runOnce();
        assertThat(lms.serviceRequests()).as("not before its time").hasSize(1);

        jdbc.update("UPDATE grade_delivery SET next_attempt_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
        lms.answer(new MockResponse.Builder().code(200).build());
        worker.runOnce();

        assertThat(status()).isEqualTo("DELIVERED");
        assertThat(lms.serviceRequests()).hasSize(2);
    }

    @Test
    void completionWhenLmsHasALaterScoreThenSupersededNotRetried() {
        complete("learner-3", activityLineItem());
        lms.answer(new MockResponse.Builder().code(409).body("[]").build());

        worker.runOnce();

        assertThat(status()).isEqualTo("SUPERSEDED");
    }

    @Test
    void completionWhenUserNotGradableThenFailedWithReasonInWords() {
        complete("learner-4", activityLineItem());
        lms.answer(new MockResponse.Builder().code(400).body("[]").build());

        worker.runOnce();

        assertThat(status()).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT last_error FROM grade_delivery", String.class)).contains("gradable");
    }

    @Test
    void completionWhenNoActivityLineItemButLineItemScopeThenLineItemCreatedForTheModule() throws Exception {
        complete("learner-5", Map.of("scope", List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE),
                "lineitems", lms.url("/mod/lti/services.php/2/lineitems?type_id=1").toString()));
        lms.answer(TestServicePlatform.json(200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[]"));
        lms.answer(TestServicePlatform.json(201, "application/vnd.ims.lis.v2.lineitem+json",
                "{\"id\":\"" + lms.url("/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1")
                        + "\",\"label\":\"x\",\"scoreMaximum\":8,\"resourceId\":\"" + MODULE + "\"}"));
        lms.answer(new MockResponse.Builder().code(200).build());

        worker.runOnce();

        List<RecordedRequest> requests = lms.serviceRequests();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST", "POST");
        assertThat(requests.get(0).getTarget()).contains("resource_id=" + MODULE).contains("resource_link_id=rl-1");
        Map<String, Object> created = JSONObjectUtils.parse(requests.get(1).getBody().utf8());
        assertThat(created).containsEntry("resourceId", MODULE).containsEntry("resourceLinkId", "rl-1")
                .containsEntry("scoreMaximum", 8L);
        assertThat(requests.get(2).getTarget()).isEqualTo("/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1");
        assertThat(status()).isEqualTo("DELIVERED");
    }

    @Test
    void completionWhenActivityAcceptsNoGradesThenNotGradableAndNothingSent() {
        complete("learner-6", null);

        worker.runOnce();

        assertThat(status()).isEqualTo("NOT_GRADABLE");
        assertThat(lms.serviceRequests()).isEmpty();
    }

    // --- helpers

    private Map<String, Object> activityLineItem() {
        return Map.of("scope", List.of(AgsScopes.SCORE),
                "lineitem", lms.url(LINE_ITEM_PATH + "?type_id=1").toString());
    }

    /** Launch with this AGS claim (or none), read every unit, pass. */
    private void complete(String user, Map<String, Object> agsClaim) {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page login = browser.postForm(LOGIN, loginParameters());
        var token = Launches.token(login).subject(user);
        if (agsClaim != null) {
            token.claim(LtiClaimNames.AGS_ENDPOINT, agsClaim);
        }
        Page modulePage = browser.postForm(LAUNCH, launchFields(login.location(), token.sign()));
        Page result = LearnerPath.answer(browser, LearnerPath.readEveryUnit(browser, modulePage, module), module, true);
        assertThat(result.document().getElementById("result-passed")).isNotNull();
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM grade_delivery", String.class);
    }

    private static RecordedRequest single(List<RecordedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
