package org.pokot.lti.core.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.at;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.without;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.GuardedHttpTransport;
import org.pokot.lti.core.http.HostResolver;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.http.OutboundPolicy;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.testing.MoodleCaptures;

/** The registrar against a platform on MockWebServer (loopback only), through the guarded transport. */
class DynamicRegistrarTest {

    static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    static final RegistrationToken NEW_TOKEN = RegistrationToken.of(RegistrationTokenTest.MOODLE_NEW);
    static final RegistrationToken UPDATE_TOKEN = RegistrationToken.of(RegistrationTokenTest.MOODLE_UPDATE);

    final MockWebServer platform = new MockWebServer();
    final HttpTransport guarded = new GuardedHttpTransport(JdkHttpTransport.defaults(), HostResolver.system(),
            new OutboundPolicy(true, Set.of()));
    final DynamicRegistrar registrar = new DynamicRegistrar(guarded);
    String issuer;

    @BeforeEach
    void start() throws Exception {
        platform.start();
        issuer = "http://127.0.0.1:" + platform.getPort();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void discoverWhenMoodleCaptureThenReadAsCapturedWithoutChange() {
        byte[] captured = MoodleCaptures.text("registration/04_openid_configuration.json")
                .getBytes(StandardCharsets.UTF_8);
        HttpTransport moodle = request -> {
            assertThat(request.uri()).isEqualTo(URI.create(TestConfigurations.MOODLE_CONFIGURATION_URL));
            return new TransportResponse(200, "OK", Map.of("Content-Type", List.of("application/json; charset=utf-8")),
                    captured);
        };

        PlatformConfiguration configuration = new DynamicRegistrar(moodle)
                .discover(URI.create(TestConfigurations.MOODLE_CONFIGURATION_URL), Optional.of(NEW_TOKEN));

        assertThat(configuration).isEqualTo(PlatformConfiguration.fromJson(TestConfigurations.moodle()));
    }

    @Test
    void discoverWhenTokenGivenThenSentAsBearerWithTheGet() throws Exception {
        serve(at(issuer));

        registrar.discover(configurationUrl(), Optional.of(NEW_TOKEN));

        RecordedRequest get = platform.takeRequest();
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer " + RegistrationTokenTest.MOODLE_NEW);
        assertThat(get.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void discoverWhenIssuerIsAnotherOriginThenConfigurationForeign() {
        serve(at("http://localhost:" + platform.getPort()));

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()),
                LtiError.PLATFORM_CONFIGURATION_FOREIGN);
    }

    @Test
    void discoverWhenIssuerIsAnHttpsSiteElsewhereThenConfigurationForeign() {
        serve(at("https://lms.example.invalid"));

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()),
                LtiError.PLATFORM_CONFIGURATION_FOREIGN);
    }

    @Test
    void discoverWhenHttpIssuerOnNonLoopbackHostThenUrlInsecure() {
        serve(at("http://lms.example.invalid"));

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()), LtiError.PLATFORM_URL_INSECURE);
    }

    @Test
    void discoverWhenConfigurationUrlIsHttpToAPublicHostThenRefusedBeforeAnyRequest() {
        assertLtiError(() -> registrar.discover(URI.create("http://lms.example.invalid/openid"), Optional.empty()),
                LtiError.PLATFORM_URL_INSECURE);
        assertThat(platform.getRequestCount()).isZero();
    }

    @Test
    void discoverWhenRegistrationEndpointMissingThenConfigurationInvalid() {
        serve(without(at(issuer), "registration_endpoint"));

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()),
                LtiError.PLATFORM_CONFIGURATION_INVALID);
    }

    @Test
    void discoverWhenNotJsonThenConfigurationInvalid() {
        platform.enqueue(new MockResponse.Builder().code(200).body("<html>login</html>").build());

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()),
                LtiError.PLATFORM_CONFIGURATION_INVALID);
    }

    @Test
    void discoverWhenErrorStatusThenUnavailable() {
        platform.enqueue(new MockResponse.Builder().code(503).body("maintenance").build());

        assertLtiError(() -> registrar.discover(configurationUrl(), Optional.empty()),
                LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE);
    }

    @Test
    void discoverWhenGuardRefusesLoopbackThenUnavailableAndNothingSent() {
        DynamicRegistrar production = new DynamicRegistrar(new GuardedHttpTransport(JdkHttpTransport.defaults(),
                HostResolver.system(), OutboundPolicy.publicOnly(Set.of())));

        assertLtiError(() -> production.discover(configurationUrl(), Optional.empty()),
                LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE);
        assertThat(platform.getRequestCount()).isZero();
    }

    @Test
    void registerWhenAcceptedThenPostsTheJsonWithExactBearerAndReadsClientAndDeployment() throws Exception {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        ClientRegistrationRequest request = ClientRegistrationRequest.forTool(
                ToolUrls.under(URI.create("http://127.0.0.1:9091")), ClientRegistrationRequestTest.PROFILE, configuration);
        platform.enqueue(new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(MoodleCaptures.text("registration/06_registration_response_body.json")).build());

        ClientRegistrationResult result = registrar.register(configuration, request, Optional.of(NEW_TOKEN));

        assertThat(result).isInstanceOf(ClientRegistrationResponse.class);
        ClientRegistrationResponse response = (ClientRegistrationResponse) result;
        assertThat(response.clientId().value()).isEqualTo("D7tMxo9hH2hgnir");
        assertThat(response.deploymentId()).contains(new DeploymentId("2"));
        RecordedRequest post = platform.takeRequest();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getUrl().encodedPath()).isEqualTo("/mod/lti/openid-registration.php");
        assertThat(post.getHeaders().get("Authorization")).isEqualTo("Bearer " + RegistrationTokenTest.MOODLE_NEW);
        assertThat(post.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(JSONObjectUtils.parse(post.getBody().utf8())).isEqualTo(request.toJson());
    }

    @Test
    void registerWhenNoTokenThenNoAuthorizationHeader() throws Exception {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.enqueue(new MockResponse.Builder().code(201).body("{\"client_id\":\"c-1\"}").build());

        registrar.register(configuration, request(configuration), Optional.empty());

        assertThat(platform.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "missing_domain, METADATA_INVALID, missing_domain",
            "missing_redirect_uris, METADATA_INVALID, missing required attribute redirect_uris",
            "reused_token, TOKEN_ALREADY_USED, token_already_used",
            "lowercase_bearer, TOKEN_MISSING, missing_registration_token",
            "wrong_token_scope, TOKEN_SCOPE_INCORRECT, Incorrect scope",
            "update_token_unknown_type, UNKNOWN_TOOL, Unknown client"})
    void registerWhenMoodleRefusesWithABareStringThenThatRefusalAndItsText(String capture, RegistrationRefusal refusal,
                                                                           String text) {
        ClientRegistrationError error = replayRefusal(capture);

        assertThat(error.refusal()).isEqualTo(refusal);
        assertThat(error.platformText()).isEqualTo(text);
        assertThat(error.status()).isEqualTo(status(capture));
    }

    @Test
    void registerWhenMoodleAnswersItsHtmlErrorPageThenErrorPageAndNoneOfTheHtml() {
        ClientRegistrationError error = replayRefusal("expired_token");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.refusal()).isEqualTo(RegistrationRefusal.ERROR_PAGE);
        assertThat(error.platformText()).isEmpty();
        assertThat(error.explanation()).doesNotContain("<").contains("HTTP 404");
        assertThat(error.toException().error()).isEqualTo(LtiError.DYNAMIC_REGISTRATION_REFUSED);
    }

    @Test
    void registerWhenRfc7591JsonErrorThenItsCodeAndDescription() {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body("{\"error\":\"invalid_redirect_uri\",\"error_description\":\"not https\"}").build());

        ClientRegistrationError error = (ClientRegistrationError) registrar.register(configuration,
                request(configuration), Optional.of(NEW_TOKEN));

        assertThat(error.refusal()).isEqualTo(RegistrationRefusal.METADATA_INVALID);
        assertThat(error.platformText()).isEqualTo("invalid_redirect_uri: not https");
    }

    @Test
    void registerWhenPlatformEchoesTheTokenThenNothingOfItsAnswerIsShown() {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.enqueue(new MockResponse.Builder().code(401)
                .body("bad token " + RegistrationTokenTest.MOODLE_NEW.substring(0, 150)).build());
        platform.enqueue(new MockResponse.Builder().code(401)
                .body("bad token " + RegistrationTokenTest.MOODLE_NEW).build());

        ClientRegistrationError tooLong = (ClientRegistrationError) registrar.register(configuration,
                request(configuration), Optional.of(NEW_TOKEN));
        ClientRegistrationError echoed = (ClientRegistrationError) registrar.register(configuration,
                request(configuration), Optional.of(NEW_TOKEN));

        assertThat(tooLong.explanation()).doesNotContain(RegistrationTokenTest.MOODLE_NEW.substring(0, 40));
        assertThat(echoed.platformText()).isEmpty();
        assertThat(echoed.explanation()).doesNotContain(RegistrationTokenTest.MOODLE_NEW.substring(0, 40));
    }

    @Test
    void registerWhenSuccessWithoutClientIdThenResponseInvalid() {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.enqueue(new MockResponse.Builder().code(200).body("{\"client_name\":\"x\"}").build());

        assertLtiError(() -> registrar.register(configuration, request(configuration), Optional.of(NEW_TOKEN)),
                LtiError.DYNAMIC_REGISTRATION_RESPONSE_INVALID);
    }

    @Test
    void registerWhenPlatformGoneThenUnavailable() {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.close();

        assertLtiError(() -> registrar.register(configuration, request(configuration), Optional.of(NEW_TOKEN)),
                LtiError.DYNAMIC_REGISTRATION_UNAVAILABLE);
    }

    @Test
    void currentRegistrationWhenUpdateTokenThenGetsTheRegistrationWithTheBearer() throws Exception {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        Map<String, Object> moodleGet = MoodleCaptures.json("registration/update/04_registration_get.json");
        @SuppressWarnings("unchecked")
        String body = (String) ((Map<String, Object>) moodleGet.get("response")).get("body_text");
        platform.enqueue(new MockResponse.Builder().code(200).body(body).build());

        Optional<ClientRegistrationResponse> current = registrar.currentRegistration(configuration, UPDATE_TOKEN);

        assertThat(current).map(r -> r.clientId().value()).contains("D7tMxo9hH2hgnir");
        assertThat(current).flatMap(ClientRegistrationResponse::deploymentId).contains(new DeploymentId("2"));
        RecordedRequest get = platform.takeRequest();
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getUrl().encodedPath()).isEqualTo("/mod/lti/openid-registration.php");
        assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer " + RegistrationTokenTest.MOODLE_UPDATE);
    }

    @Test
    void currentRegistrationWhenNewRegistrationTokenThenNoRequest() {
        // Moodle answers a GET with a "reg" token with a PHP TypeError page: the tool does not ask
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));

        assertThat(registrar.currentRegistration(configuration, NEW_TOKEN)).isEmpty();
        assertThat(platform.getRequestCount()).isZero();
    }

    @Test
    void currentRegistrationWhenPlatformRefusesThenEmpty() {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        platform.enqueue(new MockResponse.Builder().code(400).body("Unknown client").build());

        assertThat(registrar.currentRegistration(configuration, UPDATE_TOKEN)).isEmpty();
    }

    private ClientRegistrationError replayRefusal(String capture) {
        PlatformConfiguration configuration = PlatformConfiguration.fromJson(at(issuer));
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) MoodleCaptures
                .json("registration/negative/" + capture + ".json").get("response");
        platform.enqueue(new MockResponse.Builder().code(((Number) response.get("status")).intValue())
                .setHeader("Content-Type", "text/html; charset=utf-8").body((String) response.get("body_text")).build());
        return (ClientRegistrationError) registrar.register(configuration, request(configuration),
                Optional.of(NEW_TOKEN));
    }

    private static int status(String capture) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) MoodleCaptures
                .json("registration/negative/" + capture + ".json").get("response");
        return ((Number) response.get("status")).intValue();
    }

    private static ClientRegistrationRequest request(PlatformConfiguration configuration) {
        return ClientRegistrationRequest.forTool(ToolUrls.under(URI.create("http://127.0.0.1:9091")),
                ClientRegistrationRequestTest.PROFILE, configuration);
    }

    private URI configurationUrl() {
        return URI.create(issuer + CONFIGURATION_PATH);
    }

    private void serve(Map<String, Object> configuration) {
        platform.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(JSONObjectUtils.toJSONString(configuration)).build());
    }
}
