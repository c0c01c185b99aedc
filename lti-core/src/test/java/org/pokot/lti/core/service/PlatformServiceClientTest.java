package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.testing.MoodleCaptures;
import org.pokot.lti.core.testing.TestClock;

class PlatformServiceClientTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final URI SCORES = URI.create(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem/scores?type_id=1");
    private static final ServiceOperation POST_SCORE = new TestOperation("posting a score", Set.of(SCORE),
            Map.of(400, "the user may not be gradable"));

    private final TestClock clock = TestClock.atStart();
    private final StubTransport transport = new StubTransport();
    private final ServicePlatform moodle = ServicePlatform.of(MoodleCaptures.registration().build());

    @Test
    void executeWhenAnswered200ThenSuccessAndBearerTokenSent() {
        transport.token("tok-1", 3600, SCORE).answer(200, "OK", Map.of(), "");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isEqualTo(new ServiceOutcome.Success<>(200));
        TransportRequest sent = transport.requests().get(1);
        assertThat(sent.headers()).containsEntry("Authorization", "Bearer tok-1")
                .containsEntry("Content-Type", "application/vnd.ims.lis.v1.score+json");
    }

    @Test
    void executeWhenAnswered401ThenForgetsTheTokenAndRetriesOnceWithAFreshOne() {
        transport.token("tok-1", 3600, SCORE).answer(401, "Unauthorized", Map.of(), "")
                .token("tok-2", 3600, SCORE).answer(200, "OK", Map.of(), "");
        PlatformServiceClient client = client();

        ServiceOutcome<Integer> outcome = client.execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome.isSuccess()).isTrue();
        List<TransportRequest> sent = transport.requests();
        assertThat(sent).hasSize(4);
        assertThat(sent.get(1).headers()).containsEntry("Authorization", "Bearer tok-1");
        assertThat(sent.get(3).headers()).containsEntry("Authorization", "Bearer tok-2");

        transport.answer(200, "OK", Map.of(), "");
        client.execute(moodle, scorePost(), r -> r.status());
        assertThat(transport.last().headers()).containsEntry("Authorization", "Bearer tok-2");
        assertThat(transport.requests()).hasSize(5);
    }

    @Test
    void executeWhen401PersistsAfterTheRetryThenUnauthorized() {
        CapturedExchange moodle401 = CapturedExchange.load("negative/score-no-token-401.json");
        transport.token("tok-1", 3600, SCORE).answer(moodle401.transportResponse())
                .token("tok-2", 3600, SCORE).answer(moodle401.transportResponse());

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Unauthorized.class);
        ServiceProblem problem = ((ServiceOutcome.Unauthorized<Integer>) outcome).problem();
        assertThat(problem.error()).isEqualTo(LtiError.PLATFORM_SERVICE_UNAUTHORIZED);
        assertThat(problem.httpStatus()).hasValue(401);
        assertThat(transport.requests()).hasSize(4);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 403, 404, 405, 415, 422})
    void executeWhenAnsweredPermanentClientErrorThenRefused(int status) {
        transport.token("tok-1", 3600, SCORE).answer(status, "", Map.of(), "[]");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Refused.class);
        assertThat(((ServiceOutcome.Failure<Integer>) outcome).error()).isEqualTo(LtiError.PLATFORM_SERVICE_REFUSED);
        assertThat(((ServiceOutcome.Failure<Integer>) outcome).problem().httpStatus()).hasValue(status);
    }

    @Test
    void executeWhenAnswered409ThenConflict() {
        transport.token("tok-1", 3600, SCORE).answer(409, "", Map.of(), "[]");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Conflict.class);
        assertThat(((ServiceOutcome.Failure<Integer>) outcome).error()).isEqualTo(LtiError.PLATFORM_SERVICE_CONFLICT);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
    void executeWhenAnsweredTransientErrorThenRetryable(int status) {
        transport.token("tok-1", 3600, SCORE).answer(status, "", Map.of(), "");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Retryable.class);
        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_UNAVAILABLE);
        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).retryAt()).isEmpty();
    }

    @Test
    void executeWhenAnswered429WithRetryAfterSecondsThenRetryableNotBeforeThen() {
        transport.token("tok-1", 3600, SCORE).answer(429, "", Map.of("Retry-After", List.of("30")), "");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).retryAt()).hasValue(TestClock.START.plusSeconds(30));
    }

    @Test
    void executeWhenAnswered503WithRetryAfterDateThenRetryableNotBeforeThatDate() {
        transport.token("tok-1", 3600, SCORE)
                .answer(503, "", Map.of("Retry-After", List.of("Wed, 01 Jan 2025 00:10:00 GMT")), "");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).retryAt())
                .hasValue(TestClock.START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void executeWhenTheCallTimesOutThenRetryable() {
        transport.token("tok-1", 3600, SCORE).fail(new HttpTimeoutException("request timed out"));

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Retryable.class);
        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).problem().httpStatus()).isEmpty();
        assertThat(((ServiceOutcome.Retryable<Integer>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_UNAVAILABLE);
    }

    @Test
    void executeWhenTheServiceRefusesTheConnectionThenRetryable() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/scores");
        }
        try (TestServicePlatform platform = TestServicePlatform.start()) {
            PlatformServiceClient client = realClient();

            ServiceOutcome<Integer> outcome = client.execute(platform.platform(),
                    ServiceRequest.of(POST_SCORE, Set.of(SCORE), "POST", closed, Map.of(), new byte[] {'{', '}'}),
                    r -> r.status());

            assertThat(outcome).isInstanceOf(ServiceOutcome.Retryable.class);
            assertThat(platform.tokenRequests()).hasSize(1);
        }
    }

    @Test
    void executeWhenTheTokenEndpointRefusesTheConnectionThenRetryable() {
        transport.fail(new ConnectException("Connection refused"));

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Retryable.class);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void executeWhenTheTransportGivesAReasonPhraseThenTheProblemKeepsIt() {
        CapturedExchange stale = CapturedExchange.load("negative/score-stale-timestamp-409.json");
        transport.token("tok-1", 3600, SCORE).answer(stale.transportResponse());

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        ServiceProblem problem = ((ServiceOutcome.Conflict<Integer>) outcome).problem();
        assertThat(problem.reasonPhrase()).isEqualTo(stale.reason());
        assertThat(problem.httpStatus()).hasValue(409);
    }

    @Test
    void executeWhenNoReasonPhraseButMoodleJsonErrorBodyThenItsReasonIsUsed() {
        transport.token("tok-1", 3600, SCORE).answer(404, "", Map.of("Content-Type", List.of("application/json")),
                "{\"status\": 404, \"reason\": \"Not Found: Course 9 doesn't exist\"}");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(((ServiceOutcome.Refused<Integer>) outcome).problem().reasonPhrase())
                .isEqualTo("Not Found: Course 9 doesn't exist");
    }

    @Test
    void executeWhenOperationExplainsTheStatusThenItsWordsAreUsed() {
        transport.token("tok-1", 3600, SCORE).answer(400, "", Map.of(), "[]");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(((ServiceOutcome.Refused<Integer>) outcome).problem().explanation())
                .isEqualTo(POST_SCORE.explain(400).orElseThrow());
    }

    @Test
    void executeWhenTheTokenLacksTheNeededScopeThenNotSentAndScopeNotGranted() {
        transport.token("tok-1", 3600, SCORE);
        ServiceOperation listLineItems = new TestOperation("listing line items", Set.of(LINE_ITEM), Map.of());

        ServiceOutcome<Integer> outcome = client().execute(moodle, ServiceRequest.of(listLineItems,
                Set.of(SCORE, LINE_ITEM), "GET", SCORES, Map.of(), null), r -> r.status());

        ServiceOutcome.ScopeNotGranted<Integer> missing = (ServiceOutcome.ScopeNotGranted<Integer>) outcome;
        assertThat(missing.error()).isEqualTo(LtiError.SCOPE_NOT_GRANTED);
        assertThat(missing.neededAnyOf()).containsExactly(LINE_ITEM);
        assertThat(missing.granted()).containsExactly(SCORE);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void executeWhenTheTokenEndpointGrantsNoRequestedScopeThenScopeNotGranted() {
        transport.answer(CapturedExchange.load("negative/token-invalid-scope.json").transportResponse());

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.ScopeNotGranted.class);
        assertThat(((ServiceOutcome.ScopeNotGranted<Integer>) outcome).neededAnyOf()).containsExactly(SCORE);
    }

    @Test
    void executeWhenTheTokenEndpointRejectsTheAssertionThenRefused() {
        transport.answer(CapturedExchange.load("negative/token-bad-signature.json").transportResponse());

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(outcome).isInstanceOf(ServiceOutcome.Refused.class);
        assertThat(((ServiceOutcome.Refused<Integer>) outcome).error()).isEqualTo(LtiError.ACCESS_TOKEN_REJECTED);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void executeWhenTheSuccessBodyCannotBeReadThenRefusedAsResponseInvalid() {
        transport.token("tok-1", 3600, SCORE).answer(200, "OK", Map.of(), "not json");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> {
            throw new org.pokot.lti.core.error.LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "not JSON");
        });

        assertThat(((ServiceOutcome.Refused<Integer>) outcome).error())
                .isEqualTo(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void executeWhenAnsweredWithARedirectThenRefused() {
        transport.token("tok-1", 3600, SCORE).answer(302, "Found",
                Map.of("Location", List.of("https://moodle.example/login")), "");

        ServiceOutcome<Integer> outcome = client().execute(moodle, scorePost(), r -> r.status());

        assertThat(((ServiceOutcome.Refused<Integer>) outcome).error()).isEqualTo(LtiError.PLATFORM_SERVICE_REFUSED);
    }

    @Test
    void executeWhenTheServiceUrlIsPlainHttpToARemoteHostThenNothingIsSent() {
        ServiceOutcome<Integer> outcome = client().execute(moodle, ServiceRequest.of(POST_SCORE, Set.of(SCORE),
                "POST", URI.create("http://moodle.example/mod/lti/services.php/2/lineitems/2/lineitem/scores"),
                Map.of(), null), r -> r.status());

        assertThat(((ServiceOutcome.Refused<Integer>) outcome).error()).isEqualTo(LtiError.PLATFORM_URL_INSECURE);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void accessTokenWhenGrantedThenSuccessWithTheGrantedScopes() {
        transport.token("tok-1", 3600, SCORE);

        ServiceOutcome<AccessToken> outcome = client().accessToken(moodle, Set.of(SCORE, LINE_ITEM), POST_SCORE);

        assertThat(outcome.orElseThrow().scopes()).containsExactly(SCORE);
    }

    @Test
    void isSecureWhenHttpsOrLoopbackHttpThenTrue() {
        assertThat(PlatformServiceClient.isSecure(URI.create("https://moodle.example/x"))).isTrue();
        assertThat(PlatformServiceClient.isSecure(URI.create("http://127.0.0.1:8081/x"))).isTrue();
        assertThat(PlatformServiceClient.isSecure(URI.create("http://[::1]:8081/x"))).isTrue();
        assertThat(PlatformServiceClient.isSecure(URI.create("http://localhost/x"))).isTrue();
        assertThat(PlatformServiceClient.isSecure(URI.create("http://10.0.0.1/x"))).isFalse();
        assertThat(PlatformServiceClient.isSecure(URI.create("ftp://moodle.example/x"))).isFalse();
    }

    private ServiceRequest scorePost() {
        return ServiceRequest.of(POST_SCORE, Set.of(SCORE), "POST", SCORES,
                Map.of("Content-Type", "application/vnd.ims.lis.v1.score+json"), "{}".getBytes());
    }

    private PlatformServiceClient client() {
        AccessTokenClient tokens = new AccessTokenClient(transport, TestToolKeys.toolKeys(clock),
                new InMemoryAccessTokenCache(), clock, TestToolKeys.sequentialIds("jti-"), AccessTokenSettings.defaults());
        return new PlatformServiceClient(transport, tokens, clock);
    }

    private PlatformServiceClient realClient() {
        JdkHttpTransport http = JdkHttpTransport.defaults();
        AccessTokenClient tokens = new AccessTokenClient(http, TestToolKeys.toolKeys(clock),
                new InMemoryAccessTokenCache(), clock, TestToolKeys.sequentialIds("jti-"), AccessTokenSettings.defaults());
        return new PlatformServiceClient(http, tokens, clock);
    }

    private record TestOperation(String description, Set<String> acceptedScopes, Map<Integer, String> words)
            implements ServiceOperation {
        @Override
        public Optional<String> explain(int status) {
            return Optional.ofNullable(words.get(status));
        }
    }
}
