package org.pokot.lti.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.util.JSONObjectUtils;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
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
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.service.TestServicePlatform;

/**
 * A learner starts and passes a module; both events reach the LMS's AGS endpoints (MockWebServer playing Moodle's
 * token and score services) in order, and survive the LMS being down.
 */
@LtiAppTest
// the test drives the worker itself
@TestPropertySource(properties = {"lti.grading.poll-interval=1h", "lti.admin.password={noop}s3cret-for-tests"})
class GradePassbackFlowTest extends AppPort {

    static final String MODULE = "labour-market-foresight";
    static final String LINE_ITEM_PATH = "/mod/lti/services.php/2/lineitems/2/lineitem";
    static final MockResponse OK = new MockResponse.Builder().code(200).build();

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
        jdbc.update("DELETE FROM grade_outbox");
        jdbc.update("DELETE FROM learning_progress");
        jdbc.update("DELETE FROM lti_resource_link");
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().tokenEndpoint(lms.url("/token")).build());
        tokens.removeAll(new RegistrationId("reg-sim")); // each test's LMS issues its own tokens
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    @Test
    void passWhenLmsTakesScoresThenStartedThenCompletedFullyGradedReachTheActivitysLineItem() throws Exception {
        Page modulePage = complete("learner-1", activityLineItem());
        lms.answer(OK).answer(OK);
        assertThat(browser.click(modulePage, "module-overview").text("gradebook-state")).contains("odottaa");

        drain();

        List<RecordedRequest> scores = lms.serviceRequests();
        assertThat(scores).hasSize(2).allSatisfy(score -> {
            assertThat(score.getMethod()).isEqualTo("POST");
            assertThat(score.getTarget()).isEqualTo(LINE_ITEM_PATH + "/scores?type_id=1");
            assertThat(score.getHeaders().get("Content-Type")).isEqualTo("application/vnd.ims.lis.v1.score+json");
            assertThat(score.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        });
        Map<String, Object> started = JSONObjectUtils.parse(scores.get(0).getBody().utf8());
        Map<String, Object> completed = JSONObjectUtils.parse(scores.get(1).getBody().utf8());
        assertThat(started).containsEntry("userId", "learner-1").containsEntry("activityProgress", "Started")
                .containsEntry("gradingProgress", "Pending").doesNotContainKey("scoreGiven");
        assertThat(completed).containsEntry("userId", "learner-1").containsEntry("scoreGiven", 8L)
                .containsEntry("scoreMaximum", 8L).containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded");
        assertThat((String) completed.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isGreaterThan((String) started.get("timestamp"));
        assertThat(lms.tokenRequests()).as("one token for both scores").hasSize(1);
        assertThat(TestServicePlatform.form(lms.tokenRequests().get(0)))
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(statuses()).containsExactly("DELIVERED", "DELIVERED");
        Page again = browser.click(modulePage, "module-overview");
        assertThat(again.text("gradebook-state")).contains("lähetetty");

        assertThat(worker.runOnce()).as("delivered once").isZero();
        assertThat(lms.serviceRequests()).hasSize(2);
    }

    @Test
    void scoresWhenLmsDownThenWaitInOrderAndAllArriveOnceItIsBack() {
        complete("learner-2", activityLineItem());
        lms.answer(new MockResponse.Builder().code(503).build());

        drain();

        assertThat(statuses()).containsExactly("PENDING", "PENDING");
        assertThat(lms.serviceRequests()).as("the later score waits behind the earlier one").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT next_attempt_at FROM grade_outbox WHERE attempts > 0", Instant.class))
                .isAfter(Instant.now().plusSeconds(20));

        jdbc.update("UPDATE grade_outbox SET next_attempt_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
        lms.answer(OK).answer(OK);
        drain();

        assertThat(statuses()).containsExactly("DELIVERED", "DELIVERED");
        assertThat(lms.serviceRequests()).hasSize(3);
        assertThat(lms.serviceRequests().get(2).getBody().utf8()).contains("FullyGraded");
    }

    @Test
    void scoreWhenLmsAnswers429WithRetryAfterThenNextTryThen() {
        complete("learner-3", activityLineItem());
        lms.answer(new MockResponse.Builder().code(429).setHeader("Retry-After", "600").build());

        drain();

        Instant next = jdbc.queryForObject("SELECT next_attempt_at FROM grade_outbox WHERE attempts > 0", Instant.class);
        assertThat(next).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(610));
    }

    @Test
    void scoreWhenLmsHasALaterScoreThenSupersededNotRetried() {
        complete("learner-4", activityLineItem());
        lms.answer(OK).answer(new MockResponse.Builder().code(409).body("[]").build());

        drain();

        assertThat(statuses()).containsExactly("DELIVERED", "SUPERSEDED");
    }

    @Test
    void scoreWhenUserNotGradableThenDeadWithTheReasonInWords() {
        complete("learner-5", activityLineItem());
        lms.answer(new MockResponse.Builder().code(400).body("[]").build())
                .answer(new MockResponse.Builder().code(400).body("[]").build());

        drain();

        assertThat(statuses()).containsExactly("DEAD", "DEAD");
        assertThat(jdbc.queryForList("SELECT last_error FROM grade_outbox", String.class))
                .allSatisfy(error -> assertThat(error).contains("gradable"));
        Page teacher = launchAs(token -> token.subject("teacher-1").instructor(), activityLineItem());
        assertThat(teacher.text("delivery-summary")).contains("0", "lähetetty");
        assertThat(teacher.text("delivery-problems")).contains("learner-5", MODULE, "hylkäsi", "gradable member",
                "HTTP 400");
        Page learner = launch("learner-11", activityLineItem());
        assertThat(learner.document().getElementById("grade-delivery")).as("teachers only").isNull();
    }

    @Test
    void scoreWhenGivenUpAndRequeuedByAnAdminThenDeliveredAndNoLongerAProblem() throws Exception {
        complete("learner-12", activityLineItem());
        lms.answer(new MockResponse.Builder().code(400).body("[]").build())
                .answer(new MockResponse.Builder().code(400).body("[]").build());
        drain();
        long graded = jdbc.queryForObject("SELECT id FROM grade_outbox WHERE score_given IS NOT NULL", Long.class);

        HttpResponse<String> problems = admin("GET", "/admin/api/grade-outbox/problems");
        HttpResponse<String> requeued = admin("POST", "/admin/api/grade-outbox/" + graded + "/requeue");
        HttpResponse<String> again = admin("POST", "/admin/api/grade-outbox/" + graded + "/requeue");
        lms.answer(OK);
        drain();

        assertThat(problems.statusCode()).isEqualTo(200);
        assertThat(problems.body()).contains("\"id\":" + graded, "\"userId\":\"learner-12\"", "\"status\":\"DEAD\"",
                "gradable");
        assertThat(requeued.statusCode()).isEqualTo(200);
        assertThat(requeued.body()).contains("\"status\":\"PENDING\"", "\"attempts\":0");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"grade-delivery-not-requeueable\"");
        assertThat(statuses()).containsExactly("DEAD", "DELIVERED");
        assertThat(admin("GET", "/admin/api/grade-outbox/problems").body()).isEqualTo("[]");
        assertThat(browser.get(TOOL + "/admin/api/grade-outbox/problems").status()).as("admins only").isEqualTo(401);
    }

    @Test
    void scoreWhenGivenUpThenTheConsolePageShowsItAndSendsItAgain() {
        complete("learner-13", activityLineItem());
        lms.answer(new MockResponse.Builder().code(400).body("[]").build())
                .answer(new MockResponse.Builder().code(400).body("[]").build());
        drain();
        long graded = jdbc.queryForObject("SELECT id FROM grade_outbox WHERE score_given IS NOT NULL", Long.class);
        ConsoleClient admin = new ConsoleClient(TOOL);
        admin.login("admin", "s3cret-for-tests");

        Page page = admin.get("/grade-delivery");
        Page forged = admin.postWithoutCsrf("/grade-delivery/" + graded + "/requeue", Map.of());
        Page sent = admin.submit(page.document().getElementById("requeue-" + graded));
        lms.answer(OK);
        drain();

        assertThat(page.text("count-DEAD")).isEqualTo("2");
        assertThat(page.text("problem-" + graded)).contains("learner-13", MODULE, "gradable");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(sent.status()).isEqualTo(302);
        assertThat(statuses()).containsExactly("DEAD", "DELIVERED");
        Page after = admin.get("/grade-delivery");
        assertThat(after.text("notice")).contains("queued again");
        assertThat(after.document().getElementById("no-problems")).isNotNull();
    }

    @Test
    void scoresWhenNoActivityLineItemButLineItemScopeThenLineItemFoundOrCreatedForTheModule() throws Exception {
        String created = lms.url("/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1").toString();
        String item = "{\"id\":\"" + created + "\",\"label\":\"x\",\"scoreMaximum\":8,\"resourceId\":\"" + MODULE + "\"}";
        complete("learner-6", Map.of("scope", List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE),
                "lineitems", lms.url("/mod/lti/services.php/2/lineitems?type_id=1").toString()));
        lms.answer(TestServicePlatform.json(200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[]"))
                .answer(TestServicePlatform.json(201, "application/vnd.ims.lis.v2.lineitem+json", item))
                .answer(OK)
                .answer(TestServicePlatform.json(200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[" + item + "]"))
                .answer(OK);

        drain();

        List<RecordedRequest> requests = lms.serviceRequests();
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST", "POST", "GET", "POST");
        assertThat(requests.get(0).getTarget()).contains("resource_id=" + MODULE).contains("resource_link_id=rl-1");
        Map<String, Object> body = JSONObjectUtils.parse(requests.get(1).getBody().utf8());
        assertThat(body).containsEntry("resourceId", MODULE).containsEntry("resourceLinkId", "rl-1")
                .containsEntry("scoreMaximum", 8L);
        assertThat(requests.get(4).getTarget()).isEqualTo("/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1");
        assertThat(statuses()).containsExactly("DELIVERED", "DELIVERED");
    }

    @Test
    void scoresWhenActivityAcceptsNoGradesThenNotGradableAndNothingSent() {
        complete("learner-7", null);

        drain();

        assertThat(statuses()).containsExactly("NOT_GRADABLE", "NOT_GRADABLE");
        assertThat(lms.serviceRequests()).isEmpty();
    }

    @Test
    void scoresWhenLinkOpensTheModuleListThenNeverSentToTheActivitysOwnColumn() {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page login = browser.postForm(LOGIN, loginParameters());
        Page list = browser.postForm(LAUNCH, launchFields(login.location(), Launches.token(login).subject("learner-10")
                .claim(LtiClaimNames.CUSTOM, Map.of()).claim(LtiClaimNames.AGS_ENDPOINT, activityLineItem()).sign()));
        Page modulePage = browser.click(list, "open-" + MODULE);
        LearnerPath.answer(browser, LearnerPath.readEveryUnit(browser, modulePage, module), module, true);

        drain();

        assertThat(statuses()).containsExactly("NOT_GRADABLE", "NOT_GRADABLE");
        assertThat(lms.serviceRequests()).isEmpty();
    }

    @Test
    void failWhenLastAttemptFailsThenTheFailingScoreIsReportedAsFinal() throws Exception {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page page = launch("learner-8", activityLineItem());
        Page assessment = LearnerPath.readEveryUnit(browser, page, module);
        for (int attempt = 0; attempt < module.assessment().attemptsAllowed().limit(); attempt++) {
            Page result = LearnerPath.answer(browser, assessment, module, false);
            assessment = result.document().getElementById("retry") != null ? browser.click(result, "retry") : result;
        }
        int attempts = module.assessment().attemptsAllowed().limit();
        for (int i = 0; i <= attempts; i++) {
            lms.answer(OK);
        }

        drain();

        List<Map<String, Object>> sent = lms.serviceRequests().stream().map(r -> parse(r.getBody().utf8())).toList();
        assertThat(sent).as("Started, InProgress after each failed attempt with attempts left, the final score")
                .hasSize(attempts + 1)
                .extracting(s -> s.get("activityProgress"), s -> s.get("gradingProgress"))
                .startsWith(Tuple.tuple("Started", "Pending"),
                        Tuple.tuple("InProgress", "Pending"));
        assertThat(sent.subList(1, attempts)).allSatisfy(s -> assertThat(s).doesNotContainKey("scoreGiven"));
        Map<String, Object> last = sent.get(attempts);
        assertThat(last).containsEntry("gradingProgress", "FullyGraded").containsEntry("activityProgress", "Completed");
        assertThat(((Number) last.get("scoreGiven")).doubleValue()).isLessThan(module.maxScore() * 0.75);
    }

    @Test
    void countsWhenAskedThenPerStatusOnTheAdminApi() {
        complete("learner-9", null);
        drain();

        Page counts = browser.get(TOOL + "/admin/api/grade-outbox");

        assertThat(counts.status()).as("admins only").isEqualTo(401);
    }

    // --- helpers

    private Map<String, Object> activityLineItem() {
        return Map.of("scope", List.of(AgsScopes.SCORE),
                "lineitem", lms.url(LINE_ITEM_PATH + "?type_id=1").toString());
    }

    private Page launch(String user, Map<String, Object> agsClaim) {
        return launchAs(token -> token.subject(user), agsClaim);
    }

    private Page launchAs(UnaryOperator<IdTokenBuilder> who, Map<String, Object> agsClaim) {
        Page login = browser.postForm(LOGIN, loginParameters());
        IdTokenBuilder token = who.apply(Launches.token(login));
        if (agsClaim != null) {
            token.claim(LtiClaimNames.AGS_ENDPOINT, agsClaim);
        }
        return browser.postForm(LAUNCH, launchFields(login.location(), token.sign()));
    }

    /** Launch with this AGS claim (or none), read every unit, pass; returns the result page. */
    private Page complete(String user, Map<String, Object> agsClaim) {
        Module module = catalog.module("pokot", MODULE).orElseThrow().module();
        Page result = LearnerPath.answer(browser, LearnerPath.readEveryUnit(browser, launch(user, agsClaim), module),
                module, true);
        assertThat(result.document().getElementById("result-passed")).isNotNull();
        return result;
    }

    private static HttpResponse<String> admin(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOOL + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:s3cret-for-tests".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the worker until nothing due is left (bounded). */
    private void drain() {
        for (int i = 0; i < 10 && worker.runOnce() > 0; i++) {
            // each run delivers the oldest due row of each learner
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (java.text.ParseException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT status FROM grade_outbox ORDER BY score_timestamp, id", String.class);
    }
}
