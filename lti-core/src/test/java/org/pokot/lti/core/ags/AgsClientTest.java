package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.service.AccessTokenClient;
import org.pokot.lti.core.service.AccessTokenSettings;
import org.pokot.lti.core.service.Acknowledged;
import org.pokot.lti.core.service.CapturedExchange;
import org.pokot.lti.core.service.InMemoryAccessTokenCache;
import org.pokot.lti.core.service.PlatformServiceClient;
import org.pokot.lti.core.service.ServiceOutcome;
import org.pokot.lti.core.service.ServicePlatform;
import org.pokot.lti.core.service.StubTransport;
import org.pokot.lti.core.service.TestServicePlatform;
import org.pokot.lti.core.service.TestToolKeys;
import org.pokot.lti.core.testing.MoodleCaptures;
import org.pokot.lti.core.testing.TestClock;

/** Over real HTTP (MockWebServer and the JDK client), with Moodle's URL shapes and captured answers. */
class AgsClientTest {

    private static final String LINE_ITEMS_PATH = "/mod/lti/services.php/2/lineitems?type_id=1";
    private static final String LINE_ITEM_PATH = "/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1";

    /** One JDK client for the class: creating one costs more than the calls. */
    private static final JdkHttpTransport HTTP = JdkHttpTransport.defaults();

    private final TestClock clock = TestClock.atStart();
    private final TestServicePlatform platform = TestServicePlatform.start();
    private final ServicePlatform target = platform.platform();
    private final URI lineItems = platform.url(LINE_ITEMS_PATH);
    private final URI lineItem = platform.url(LINE_ITEM_PATH);

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void lineItemsWhenTwoPagesLinkedWithCurlyQuotesThenBothPagesRead() {
        String page2 = platform.origin() + "/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=1";
        String first = platform.origin() + "/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=0";
        platform.answer(new MockResponse.Builder().code(200)
                        .setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER + "; charset=utf-8")
                        .addHeaderLenient("Link", "<" + first + ">; rel=“first”, <" + first + ">; rel=“canonical”, <"
                                + page2 + ">; rel=“next”, <" + page2 + ">; rel=“last”")
                        .body("[" + item(2, "Dummy LTI activity") + "]").build())
                .answer(new MockResponse.Builder().code(200)
                        .setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER + "; charset=utf-8")
                        .addHeaderLenient("Link", "<" + first + ">; rel=“first”, <" + first + ">; rel=“prev”")
                        .body("[" + item(3, "Dummy tool extra column") + "]").build());

        ServiceOutcome<List<LineItem>> outcome = ags().lineItems(target, lineItems, LineItemQuery.all().withLimit(1));

        assertThat(outcome.orElseThrow()).extracting(LineItem::label)
                .containsExactly("Dummy LTI activity", "Dummy tool extra column");
        List<RecordedRequest> requests = platform.serviceRequests();
        assertThat(requests).extracting(RecordedRequest::getTarget).containsExactly(
                "/mod/lti/services.php/2/lineitems?type_id=1&limit=1",
                "/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=1");
        assertThat(requests).allSatisfy(r ->
                assertThat(r.getHeaders().get("Accept")).isEqualTo(AgsMediaTypes.LINE_ITEM_CONTAINER));
    }

    @Test
    void lineItemsWhenFilteredThenFiltersFollowTheQueryMoodleGave() {
        platform.answer(TestServicePlatform.json(200, AgsMediaTypes.LINE_ITEM_CONTAINER, "[]"));

        ags().lineItems(target, lineItems, LineItemQuery.all().withResourceLinkId("1").withResourceId("extra-1")
                .withTag("lab"));

        assertThat(platform.serviceRequests().get(0).getTarget()).isEqualTo(
                "/mod/lti/services.php/2/lineitems?type_id=1&resource_link_id=1&resource_id=extra-1&tag=lab");
    }

    @Test
    void lineItemsWhenMoodleAnswersAsCapturedThenItemRead() {
        platform.answer(CapturedExchange.load("ags/lineitems-get.json").mockResponse());

        List<LineItem> items = ags().lineItems(target, lineItems, LineItemQuery.all()).orElseThrow();

        assertThat(items).hasSize(1);
        assertThat(items.get(0).id()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"));
        assertThat(items.get(0).resourceLinkId()).hasValue("1");
        assertThat(items.get(0).tag()).isEmpty();
    }

    @Test
    void lineItemsWhenNextLinkPointsToAnotherOriginThenRefusedAndNotFollowed() {
        platform.answer(new MockResponse.Builder().code(200).setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
                .setHeader("Link", "<https://elsewhere.example/steal?from=1>; rel=\"next\"").body("[]").build());

        ServiceOutcome<List<LineItem>> outcome = ags().lineItems(target, lineItems, LineItemQuery.all());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Refused.class);
        assertThat(((ServiceOutcome.Refused<List<LineItem>>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertThat(platform.serviceRequests()).hasSize(1);
    }

    @Test
    void lineItemsWhenNextLinkPointsBackThenRefusedAfterOnePage() {
        platform.answer(new MockResponse.Builder().code(200).setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
                .setHeader("Link", "<" + lineItems + ">; rel=\"next\"").body("[]").build());

        ServiceOutcome<List<LineItem>> outcome = ags().lineItems(target, lineItems, LineItemQuery.all());

        assertThat(((ServiceOutcome.Refused<List<LineItem>>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertThat(platform.serviceRequests()).hasSize(1);
    }

    @Test
    void lineItemsWhenPagingNeverEndsThenRefusedAtTheLimit() {
        for (int page = 1; page <= 3; page++) {
            platform.answer(new MockResponse.Builder().code(200)
                    .setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
                    .setHeader("Link", "<" + lineItems + "&from=" + page + ">; rel=\"next\"").body("[]").build());
        }

        ServiceOutcome<List<LineItem>> outcome = ags(new AgsSettings(AgsScopes.ALL, 2))
                .lineItems(target, lineItems, LineItemQuery.all());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Refused.class);
        assertThat(platform.serviceRequests()).hasSize(2);
    }

    @Test
    void lineItemPageWhenReadThenNextLinkGiven() {
        String next = platform.origin() + "/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=1";
        platform.answer(new MockResponse.Builder().code(200).setHeader("Content-Type", AgsMediaTypes.LINE_ITEM_CONTAINER)
                .setHeader("Link", "<" + next + ">; rel=\"next\"").body("[" + item(2, "A") + "]").build());

        LineItemPage page = ags().lineItemPage(target, LineItemQuery.all().withLimit(1).applyTo(lineItems))
                .orElseThrow();

        assertThat(page.items()).hasSize(1);
        assertThat(page.next()).hasValue(URI.create(next));
    }

    @Test
    void lineItemWhenReadThenAcceptsTheLineItemTypeAndReadsMoodlesAnswer() {
        platform.answer(CapturedExchange.load("ags/lineitem-get.json").mockResponse());

        LineItem item = ags().lineItem(target, lineItem).orElseThrow();

        assertThat(item.label()).isEqualTo("Dummy LTI activity");
        assertThat(item.scoreMaximum()).isEqualTo(100.0);
        RecordedRequest request = platform.serviceRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo(LINE_ITEM_PATH);
        assertThat(request.getHeaders().get("Accept")).isEqualTo(AgsMediaTypes.LINE_ITEM);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void lineItemWhenNotFoundWithMoodleJsonBodyThenRefusedWithItsReason() {
        platform.answer(TestServicePlatform.json(404, "application/json; charset=utf-8",
                "{\"status\": 404, \"reason\": \"Not Found: Grade item 9 doesn't exist\"}"));

        ServiceOutcome<LineItem> outcome = ags().lineItem(target, lineItem);

        ServiceOutcome.Refused<LineItem> refused = (ServiceOutcome.Refused<LineItem>) outcome;
        assertThat(refused.error()).isEqualTo(LtiError.PLATFORM_SERVICE_REFUSED);
        assertThat(refused.problem().reasonPhrase()).isEqualTo("Not Found: Grade item 9 doesn't exist");
    }

    @Test
    void createLineItemWhenPostedThenLineItemTypeAndMoodlesAnswerRead() {
        CapturedExchange moodle = CapturedExchange.load("ags/lineitem-create.json");
        platform.answer(moodle.mockResponse());
        LineItem column = LineItem.of("Dummy tool extra column", 10).withResourceId("extra-1").withTag("lab")
                .withResourceLinkId("1");

        LineItem created = ags().createLineItem(target, lineItems, column).orElseThrow();

        assertThat(created.id()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=1"));
        RecordedRequest request = platform.serviceRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(LINE_ITEMS_PATH);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo(AgsMediaTypes.LINE_ITEM);
        assertThat(request.getHeaders().get("Accept")).isEqualTo(AgsMediaTypes.LINE_ITEM);
        assertThat(parse(request.getBody().utf8())).isEqualTo(parse(moodle.requestBody()));
    }

    @Test
    void updateLineItemWhenPutThenSentToItsIdAndTheAnswerRead() {
        LineItem existing = LineItem.of("Renamed", 20).withId(lineItem);
        platform.answer(TestServicePlatform.json(200, AgsMediaTypes.LINE_ITEM,
                "{\"id\":\"" + lineItem + "\",\"label\":\"Renamed\",\"scoreMaximum\":20}"));

        LineItem updated = ags().updateLineItem(target, existing).orElseThrow();

        assertThat(updated).isEqualTo(existing);
        RecordedRequest request = platform.serviceRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo(LINE_ITEM_PATH);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo(AgsMediaTypes.LINE_ITEM);
    }

    @Test
    void updateLineItemWhenAnsweredWithoutBodyThenTheSentItem() {
        LineItem existing = LineItem.of("Renamed", 20).withId(lineItem);
        platform.answer(new MockResponse.Builder().code(200).build());

        assertThat(ags().updateLineItem(target, existing).orElseThrow()).isEqualTo(existing);
    }

    @Test
    void deleteLineItemWhenAnswered204ThenAcknowledged() {
        platform.answer(new MockResponse.Builder().code(204).build());

        Acknowledged done = ags().deleteLineItem(target, lineItem).orElseThrow();

        assertThat(done).isEqualTo(new Acknowledged(lineItem, 204));
        assertThat(platform.serviceRequests().get(0).getMethod()).isEqualTo("DELETE");
    }

    @Test
    void postScoreWhenLineItemUrlHasAQueryThenScoresGoesInThePathBeforeIt() {
        platform.answer(CapturedExchange.load("ags/score-post.json").mockResponse());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem, moodleScore());

        assertThat(outcome.orElseThrow().httpStatus()).isEqualTo(200);
        RecordedRequest request = platform.serviceRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/mod/lti/services.php/2/lineitems/2/lineitem/scores?type_id=1");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo(AgsMediaTypes.SCORE);
        assertThat(request.getHeaders().get("Accept")).isNull();
    }

    @Test
    void postScoreWhenSentThenTheBodyHasMoodlesShapeWithMillisecondUtcTimestamp() {
        platform.answer(CapturedExchange.load("ags/score-post.json").mockResponse());

        ags().postScore(target, lineItem, moodleScore());

        assertThat(platform.serviceRequests().get(0).getBody().utf8()).isEqualTo("{\"userId\":\"4\",\"scoreGiven\":87.5,"
                + "\"scoreMaximum\":100,\"comment\":\"Scored by dummy tool\",\"activityProgress\":\"Completed\","
                + "\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-12-01T18:10:07.792Z\"}");
    }

    @Test
    void postScoreWhenMoodleRefusesAStaleTimestampThenConflict() {
        platform.answer(CapturedExchange.load("negative/score-stale-timestamp-409.json").mockResponse());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem, moodleScore());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Conflict.class);
        assertThat(((ServiceOutcome.Conflict<Acknowledged>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_CONFLICT);
    }

    @Test
    void postScoreWhenMoodleRefusesAnUnknownUserThenRefusedWithTheScoreExplanation() {
        platform.answer(CapturedExchange.load("negative/score-unknown-user-400.json").mockResponse());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem,
                Score.fullyGraded("9999", 10, 100, Instant.parse("2026-12-01T18:12:06.698Z")));

        ServiceOutcome.Refused<Acknowledged> refused = (ServiceOutcome.Refused<Acknowledged>) outcome;
        assertThat(refused.error()).isEqualTo(LtiError.PLATFORM_SERVICE_REFUSED);
        assertThat(refused.problem().explanation()).isEqualTo(AgsOperation.POST_SCORE.explain(400).orElseThrow());
        assertThat(refused.problem().reasonPhrase()).isEmpty();
    }

    @Test
    void postScoreWhenTheTransportGivesMoodlesReasonPhraseThenTheProblemKeepsIt() {
        CapturedExchange moodle = CapturedExchange.load("negative/score-unknown-user-400.json");
        StubTransport transport = new StubTransport().token("tok-1", 3600, AgsScopes.SCORE)
                .answer(moodle.transportResponse());
        AgsClient client = new AgsClient(new PlatformServiceClient(transport, tokens(transport), clock),
                AgsSettings.defaults());

        ServiceOutcome<Acknowledged> outcome = client.postScore(
                ServicePlatform.of(MoodleCaptures.registration().build()), URI.create("http://127.0.0.1:8081"
                        + LINE_ITEM_PATH), Score.fullyGraded("9999", 10, 100, clock.instant()));

        assertThat(((ServiceOutcome.Refused<Acknowledged>) outcome).problem().reasonPhrase())
                .startsWith("Incorrect score received");
    }

    @Test
    void postScoreWhenAnswered401ThenOneRetryWithAFreshToken() {
        platform.answer(CapturedExchange.load("negative/score-no-token-401.json").mockResponse())
                .answer(CapturedExchange.load("ags/score-post.json").mockResponse());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem, moodleScore());

        assertThat(outcome.isSuccess()).isTrue();
        assertThat(platform.tokenRequests()).hasSize(2);
        assertThat(platform.serviceRequests()).extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void postScoreWhen401PersistsThenUnauthorized() {
        platform.answer(CapturedExchange.load("negative/score-score-scope-only-on-lineitems-get.json").mockResponse())
                .answer(CapturedExchange.load("negative/score-score-scope-only-on-lineitems-get.json").mockResponse());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem, moodleScore());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Unauthorized.class);
        assertThat(platform.serviceRequests()).hasSize(2);
    }

    @Test
    void postScoreWhenThePlatformIsDownThenRetryableAfterItsRetryAfter() {
        platform.answer(new MockResponse.Builder().code(503).setHeader("Retry-After", "60").build());

        ServiceOutcome<Acknowledged> outcome = ags().postScore(target, lineItem, moodleScore());

        assertThat(((ServiceOutcome.Retryable<Acknowledged>) outcome).retryAt())
                .hasValue(TestClock.START.plusSeconds(60));
    }

    @Test
    void resultsWhenForOneUserThenResultsGoesInThePathAndUserIdInTheQuery() {
        platform.answer(CapturedExchange.load("ags/results-get.json").mockResponse());

        List<Result> results = ags().results(target, lineItem, Optional.of("4")).orElseThrow();

        assertThat(results).hasSize(1);
        assertThat(results.get(0).userId()).isEqualTo("4");
        assertThat(results.get(0).resultScore()).hasValue(87.5);
        assertThat(results.get(0).timestamp()).hasValue(Instant.parse("2026-12-01T18:10:07Z"));
        RecordedRequest request = platform.serviceRequests().get(0);
        assertThat(request.getTarget()).isEqualTo(
                "/mod/lti/services.php/2/lineitems/2/lineitem/results?type_id=1&user_id=4");
        assertThat(request.getHeaders().get("Accept")).isEqualTo(AgsMediaTypes.RESULT_CONTAINER);
    }

    @Test
    void resultsWhenForEveryoneThenNoUserIdParameter() {
        platform.answer(TestServicePlatform.json(200, AgsMediaTypes.RESULT_CONTAINER, "[]"));

        assertThat(ags().results(target, lineItem, Optional.empty()).orElseThrow()).isEmpty();
        assertThat(platform.serviceRequests().get(0).getTarget())
                .isEqualTo("/mod/lti/services.php/2/lineitems/2/lineitem/results?type_id=1");
    }

    @Test
    void postScoreWhenHundredScoresThenOneTokenRequestAndEachScoreCarriesIt() {
        for (int i = 0; i < 100; i++) {
            platform.answer(CapturedExchange.load("ags/score-post.json").mockResponse());
        }
        AgsClient client = ags();

        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofSeconds(1)); // well inside the token's lifetime
            assertThat(client.postScore(target, lineItem, Score.fullyGraded("user-" + i, 5, 8, clock.instant()))
                    .isSuccess()).isTrue();
        }

        assertThat(platform.tokenRequests()).hasSize(1);
        assertThat(platform.serviceRequests()).hasSize(100).allSatisfy(r ->
                assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer token-1"));
    }

    @Test
    void lineItemsWhenOnlyTheScoreScopeIsGrantedThenNotSentButScoresStillPost() {
        platform.grant(AgsScopes.SCORE);
        platform.answer(CapturedExchange.load("ags/score-post.json").mockResponse());
        AgsClient client = ags();

        ServiceOutcome<List<LineItem>> list = client.lineItems(target, lineItems, LineItemQuery.all());
        ServiceOutcome<Acknowledged> score = client.postScore(target, lineItem, moodleScore());

        assertThat(list).isInstanceOf(ServiceOutcome.ScopeNotGranted.class);
        assertThat(((ServiceOutcome.ScopeNotGranted<List<LineItem>>) list).neededAnyOf())
                .containsExactlyInAnyOrder(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READ_ONLY);
        assertThat(score.isSuccess()).isTrue();
        assertThat(platform.serviceRequests()).hasSize(1);
        assertThat(platform.tokenRequests()).hasSize(1);
    }

    @Test
    void createLineItemWhenOnlyReadScopesAreGrantedThenScopeNotGranted() {
        platform.grant(AgsScopes.LINE_ITEM_READ_ONLY + " " + AgsScopes.RESULT_READ_ONLY + " " + AgsScopes.SCORE);

        ServiceOutcome<LineItem> outcome = ags().createLineItem(target, lineItems, LineItem.of("Extra", 10));

        assertThat(((ServiceOutcome.ScopeNotGranted<LineItem>) outcome).neededAnyOf())
                .containsExactly(AgsScopes.LINE_ITEM);
        assertThat(platform.serviceRequests()).isEmpty();
    }

    @Test
    void capabilitiesWhenThePlatformGrantsASubsetThenOnlyThoseAreOffered() {
        platform.grant(AgsScopes.LINE_ITEM_READ_ONLY + " " + AgsScopes.RESULT_READ_ONLY + " " + AgsScopes.SCORE);

        AgsCapabilities capabilities = ags().capabilities(target).orElseThrow();

        assertThat(capabilities.canPostScores()).isTrue();
        assertThat(capabilities.canReadLineItems()).isTrue();
        assertThat(capabilities.canReadResults()).isTrue();
        assertThat(capabilities.canManageLineItems()).isFalse();
        assertThat(TestServicePlatform.form(platform.tokenRequests().get(0)).get("scope")).isEqualTo(
                AgsScopes.LINE_ITEM + " " + AgsScopes.LINE_ITEM_READ_ONLY + " " + AgsScopes.RESULT_READ_ONLY + " "
                        + AgsScopes.SCORE);
    }

    @Test
    void capabilitiesWhenTheTokenEndpointAllowsNoScopeThenScopeNotGranted() {
        platform.answerToken(CapturedExchange.load("negative/token-invalid-scope.json").mockResponse());

        ServiceOutcome<AgsCapabilities> outcome = ags().capabilities(target);

        assertThat(((ServiceOutcome.Failure<AgsCapabilities>) outcome).error()).isEqualTo(LtiError.SCOPE_NOT_GRANTED);
    }

    private static Score moodleScore() {
        return Score.fullyGraded("4", 87.5, 100, Instant.parse("2026-12-01T18:10:07.792Z"))
                .withComment("Scored by dummy tool");
    }

    private String item(int id, String label) {
        return "{\"id\":\"" + platform.origin() + "/mod/lti/services.php/2/lineitems/" + id
                + "/lineitem?type_id=1\",\"label\":\"" + label + "\",\"scoreMaximum\":100,\"resourceId\":\"\","
                + "\"tag\":\"\",\"resourceLinkId\":\"1\",\"ltiLinkId\":\"1\"}";
    }

    private static java.util.Map<String, Object> parse(String json) {
        try {
            return com.nimbusds.jose.util.JSONObjectUtils.parse(json);
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private AgsClient ags() {
        return ags(AgsSettings.defaults());
    }

    private AgsClient ags(AgsSettings settings) {
        return new AgsClient(new PlatformServiceClient(HTTP, tokens(HTTP), clock), settings);
    }

    private AccessTokenClient tokens(org.pokot.lti.core.http.HttpTransport transport) {
        return new AccessTokenClient(transport, TestToolKeys.toolKeys(clock), new InMemoryAccessTokenCache(), clock,
                TestToolKeys.sequentialIds("jti-"), AccessTokenSettings.defaults());
    }
}
