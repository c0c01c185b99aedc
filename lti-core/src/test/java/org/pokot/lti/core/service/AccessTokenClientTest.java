package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mockwebserver3.RecordedRequest;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.jwks.ToolKeys;
import org.pokot.lti.core.testing.MoodleCaptures;
import org.pokot.lti.core.testing.TestClock;

class AccessTokenClientTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final String RESULT = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

    private static final JdkHttpTransport HTTP = JdkHttpTransport.defaults();

    private final TestClock clock = TestClock.atStart();
    private final ToolKeys toolKeys = TestToolKeys.toolKeys(clock);
    private final TestServicePlatform platform = TestServicePlatform.start();
    private final AccessTokenClient client = new AccessTokenClient(HTTP, toolKeys,
            new InMemoryAccessTokenCache(), clock, TestToolKeys.sequentialIds("jti-"), AccessTokenSettings.defaults());

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void tokenWhenRequestedThenPostsClientCredentialsGrantWithPrivateKeyJwt() throws Exception {
        TokenResult result = client.token(platform.platform(), Set.of(SCORE, LINE_ITEM));

        assertThat(result).isInstanceOf(AccessToken.class);
        RecordedRequest request = platform.tokenRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> form = TestServicePlatform.form(request);
        assertThat(form).containsOnlyKeys("grant_type", "client_assertion_type", "client_assertion", "scope");
        assertThat(form.get("grant_type")).isEqualTo("client_credentials");
        assertThat(form.get("client_assertion_type"))
                .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(form.get("scope")).isEqualTo(LINE_ITEM + " " + SCORE);
    }

    @Test
    void tokenWhenRequestedThenAssertionVerifiesWithToolJwksAndCarriesTheClaims() throws Exception {
        client.token(platform.platform(), Set.of(SCORE));

        SignedJWT assertion = SignedJWT.parse(TestServicePlatform.form(platform.tokenRequests().get(0))
                .get("client_assertion"));
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(TestToolKeys.KID);
        assertThat(assertion.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        RSAKey published = (RSAKey) toolKeys.publicJwks().getKeyByKeyId(assertion.getHeader().getKeyID());
        assertThat(assertion.verify(new RSASSAVerifier(published))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestServicePlatform.CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo(TestServicePlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(platform.url("/token").toString());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(TestClock.START);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(TestClock.START.plusSeconds(300));
        assertThat(claims.getJWTID()).isEqualTo("jti-1");
    }

    @Test
    void tokenWhenTwoAssertionsThenEachHasItsOwnJti() throws Exception {
        client.token(platform.platform(), Set.of(SCORE));
        client.token(platform.platform(), Set.of(LINE_ITEM));

        List<String> jtis = new ArrayList<>();
        for (RecordedRequest request : platform.tokenRequests()) {
            jtis.add(SignedJWT.parse(TestServicePlatform.form(request).get("client_assertion")).getJWTClaimsSet()
                    .getJWTID());
        }
        assertThat(jtis).containsExactly("jti-1", "jti-2");
    }

    @Test
    void tokenWhenAudienceOverriddenThenAssertionNamesIt() throws Exception {
        client.token(ServicePlatform.of(platform.registration().tokenAudience("https://platform.example/oauth2/token")
                .build()), Set.of(SCORE));

        JWTClaimsSet claims = SignedJWT.parse(TestServicePlatform.form(platform.tokenRequests().get(0))
                .get("client_assertion")).getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("https://platform.example/oauth2/token");
    }

    @Test
    void tokenWhenAskedLikeMoodleCaptureThenSameFieldsAndClaims() throws Exception {
        CapturedExchange moodle = CapturedExchange.load("ags/token.request-response.json");
        List<String> moodleFields = new ArrayList<>();
        for (String pair : moodle.requestBody().split("&")) {
            moodleFields.add(pair.substring(0, pair.indexOf('=')));
        }
        Map<String, Object> moodleClaims = MoodleCaptures.json("ags/client-assertion.payload.json");

        client.token(platform.platform(), Set.of(SCORE));

        Map<String, String> form = TestServicePlatform.form(platform.tokenRequests().get(0));
        assertThat(new ArrayList<>(form.keySet())).isEqualTo(moodleFields);
        JWTClaimsSet claims = SignedJWT.parse(form.get("client_assertion")).getJWTClaimsSet();
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrderElementsOf(moodleClaims.keySet());
        long moodleLifetime = ((Number) moodleClaims.get("exp")).longValue() - ((Number) moodleClaims.get("iat")).longValue();
        assertThat(claims.getExpirationTime().getTime() / 1000 - claims.getIssueTime().getTime() / 1000)
                .isEqualTo(moodleLifetime);
    }

    @Test
    void tokenWhenCachedAndFreshThenNoSecondRequest() {
        AccessToken first = (AccessToken) client.token(platform.platform(), Set.of(SCORE));
        clock.advance(Duration.ofMinutes(58));
        AccessToken second = (AccessToken) client.token(platform.platform(), Set.of(SCORE));

        assertThat(second.value()).isEqualTo(first.value()).isEqualTo("token-1");
        assertThat(platform.tokenRequests()).hasSize(1);
    }

    @Test
    void tokenWhenWithinRefreshMarginThenAsksForANewOne() {
        client.token(platform.platform(), Set.of(SCORE));
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(((AccessToken) client.token(platform.platform(), Set.of(SCORE))).value()).isEqualTo("token-1");

        clock.advance(Duration.ofSeconds(1));
        AccessToken renewed = (AccessToken) client.token(platform.platform(), Set.of(SCORE));

        assertThat(renewed.value()).isEqualTo("token-2");
        assertThat(renewed.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(platform.tokenRequests()).hasSize(2);
    }

    @Test
    void tokenWhenSameScopesInAnotherOrderThenSameCachedToken() {
        client.token(platform.platform(), Set.of(SCORE, LINE_ITEM));
        client.token(platform.platform(), new java.util.LinkedHashSet<>(List.of(LINE_ITEM, SCORE)));

        assertThat(platform.tokenRequests()).hasSize(1);
    }

    @Test
    void tokenWhenOtherScopeSetThenOwnToken() {
        AccessToken score = (AccessToken) client.token(platform.platform(), Set.of(SCORE));
        AccessToken lineItem = (AccessToken) client.token(platform.platform(), Set.of(LINE_ITEM));

        assertThat(score.value()).isNotEqualTo(lineItem.value());
        assertThat(platform.tokenRequests()).hasSize(2);
    }

    @Test
    void refreshWhenCalledThenForgetsTheCachedTokenAndAsksAgain() {
        client.token(platform.platform(), Set.of(SCORE));

        AccessToken fresh = (AccessToken) client.refresh(platform.platform(), Set.of(SCORE));

        assertThat(fresh.value()).isEqualTo("token-2");
        assertThat(((AccessToken) client.token(platform.platform(), Set.of(SCORE))).value()).isEqualTo("token-2");
    }

    @Test
    void tokenWhenPlatformGrantsFewerScopesThenOnlyGrantedOnesAreExposed() {
        platform.grant(SCORE);

        AccessToken token = (AccessToken) client.token(platform.platform(), Set.of(SCORE, LINE_ITEM, RESULT));

        assertThat(token.scopes()).containsExactly(SCORE);
        assertThat(token.grants(LINE_ITEM)).isFalse();
        assertThat(token.grantsAny(Set.of(LINE_ITEM, SCORE))).isTrue();
    }

    @Test
    void tokenWhenMoodleAnswersOkThenTextHtmlJsonIsRead() {
        CapturedExchange moodle = CapturedExchange.load("ags/token.request-response.json");
        StubTransport transport = new StubTransport().answer(moodle.transportResponse());

        TokenResult result = stubbed(transport).token(ServicePlatform.of(MoodleCaptures.registration().build()),
                Set.of(SCORE));

        AccessToken token = (AccessToken) result;
        assertThat(token.value()).isEqualTo("<REDACTED_ACCESS_TOKEN>");
        assertThat(token.expiresAt()).isEqualTo(TestClock.START.plusSeconds(3600));
        assertThat(token.scopes()).hasSize(5).contains(SCORE, LINE_ITEM, RESULT,
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    }

    @Test
    void tokenWhenMoodleGrantsOnlyScoreThenTokenHasOnlyScore() {
        CapturedExchange moodle = CapturedExchange.load("negative/token-ok-for-negatives.json");

        TokenResult result = stubbed(new StubTransport().answer(moodle.transportResponse()))
                .token(ServicePlatform.of(MoodleCaptures.registration().build()), Set.of(SCORE, LINE_ITEM));

        assertThat(((AccessToken) result).scopes()).containsExactly(SCORE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "negative/token-bad-signature.json, ACCESS_TOKEN_REJECTED, Signature verification failed",
            "negative/token-expired-assertion.json, ACCESS_TOKEN_REJECTED, Expired token",
            "negative/token-unknown-client.json, ACCESS_TOKEN_REJECTED, invalid_client",
            "negative/token-invalid-scope.json, SCOPE_NOT_GRANTED, invalid_scope",
            "negative/token-bad-grant-type.json, PLATFORM_SERVICE_ERROR, unsupported_grant_type"})
    void tokenWhenMoodleRefusesThenErrorIsClassifiedAndItsTextKept(String capture, LtiError expected, String code) {
        CapturedExchange moodle = CapturedExchange.load(capture);

        TokenResult result = stubbed(new StubTransport().answer(moodle.transportResponse()))
                .token(ServicePlatform.of(MoodleCaptures.registration().build()), Set.of(SCORE));

        TokenError error = (TokenError) result;
        assertThat(error.error()).isEqualTo(expected);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.httpStatus()).hasValue(400);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.toException().error()).isEqualTo(expected);
    }

    @Test
    void tokenWhenMoodleRefusesOverHttpThenSameClassification() {
        platform.answerToken(CapturedExchange.load("negative/token-bad-signature.json").mockResponse());

        TokenResult result = client.token(platform.platform(), Set.of(SCORE));

        assertThat(((TokenError) result).error()).isEqualTo(LtiError.ACCESS_TOKEN_REJECTED);
        assertThat(((TokenError) result).code()).isEqualTo("Signature verification failed");
    }

    @Test
    void tokenWhenRefusedThenNothingIsCachedAndTheNextCallAsksAgain() {
        platform.answerToken(CapturedExchange.load("negative/token-expired-assertion.json").mockResponse());

        assertThat(client.token(platform.platform(), Set.of(SCORE))).isInstanceOf(TokenError.class);
        assertThat(client.token(platform.platform(), Set.of(SCORE))).isInstanceOf(AccessToken.class);
        assertThat(platform.tokenRequests()).hasSize(2);
    }

    @Test
    void tokenWhenErrorTextHasUnescapedQuotesThenTheTextIsStillRead() {
        StubTransport transport = new StubTransport().answer(400, "Bad Request",
                Map.of("Content-Type", List.of("text/html")), "{\n  \"error\" : \"Key \"abc\" not found\"\n}");

        TokenResult result = stubbed(transport).token(ServicePlatform.of(MoodleCaptures.registration().build()),
                Set.of(SCORE));

        assertThat(((TokenError) result).error()).isEqualTo(LtiError.ACCESS_TOKEN_REJECTED);
        assertThat(((TokenError) result).code()).isEqualTo("Key \"abc\" not found");
    }

    @Test
    void tokenWhenNoAnswerThenRetryableError() {
        StubTransport transport = new StubTransport().fail(new ConnectException());

        TokenResult result = stubbed(transport).token(ServicePlatform.of(MoodleCaptures.registration().build()),
                Set.of(SCORE));

        assertThat(((TokenError) result).error()).isEqualTo(LtiError.PLATFORM_SERVICE_UNAVAILABLE);
        assertThat(((TokenError) result).isRetryable()).isTrue();
        assertThat(((TokenError) result).httpStatus()).isEmpty();
    }

    @Test
    void tokenWhenUnavailableWithRetryAfterThenRetryableUntilThen() {
        StubTransport transport = new StubTransport().answer(503, "", Map.of("Retry-After", List.of("120")),
                "<html>maintenance</html>");

        TokenResult result = stubbed(transport).token(ServicePlatform.of(MoodleCaptures.registration().build()),
                Set.of(SCORE));

        assertThat(((TokenError) result).error()).isEqualTo(LtiError.PLATFORM_SERVICE_UNAVAILABLE);
        assertThat(((TokenError) result).retryAt()).hasValue(TestClock.START.plusSeconds(120));
    }

    @Test
    void tokenWhenSuccessBodyIsUnreadableThenResponseInvalidWithoutTheBody() {
        StubTransport transport = new StubTransport().answer(200, "", Map.of(), "access_token=secret-value&x");

        TokenResult result = stubbed(transport).token(ServicePlatform.of(MoodleCaptures.registration().build()),
                Set.of(SCORE));

        assertThat(((TokenError) result).error()).isEqualTo(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertThat(((TokenError) result).detail()).doesNotContain("secret-value");
    }

    @Test
    void tokenWhenRefusedThenDetailNeverHoldsTheAssertion() {
        StubTransport transport = new StubTransport()
                .answer(CapturedExchange.load("negative/token-bad-signature.json").transportResponse());

        TokenError error = (TokenError) stubbed(transport).token(
                ServicePlatform.of(MoodleCaptures.registration().build()), Set.of(SCORE));

        String body = new String(transport.last().body(), java.nio.charset.StandardCharsets.UTF_8);
        String assertion = body.replaceAll(".*client_assertion=([^&]+).*", "$1");
        assertThat(assertion).hasSizeGreaterThan(100);
        assertThat(error.detail()).doesNotContain(assertion.substring(0, 40));
        assertThat(error.toString()).doesNotContain(assertion.substring(0, 40));
    }

    private AccessTokenClient stubbed(StubTransport transport) {
        return new AccessTokenClient(transport, toolKeys, new InMemoryAccessTokenCache(), clock,
                TestToolKeys.sequentialIds("jti-"), AccessTokenSettings.defaults());
    }
}
