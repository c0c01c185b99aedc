package org.pokot.lti.core.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.pokot.lti.core.testing.LtiAssertions.errorOf;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.testing.MoodleCaptures;

/** Third-party initiated login, driven by the parameters a real Moodle posted. */
class LoginInitiatorTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration STATE_TTL = Duration.ofMinutes(5);
    private static final URI TOOL = URI.create("https://tool.example");
    private static final String LAUNCH_URL = "https://tool.example/lti/launch";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MoodleCaptures.Launch moodle = MoodleCaptures.launch("student");
    private InMemoryRegistrationRepository registrations;
    private InMemoryLoginStateStore states;

    @BeforeEach
    void setUp() {
        registrations = new InMemoryRegistrationRepository();
        states = new InMemoryLoginStateStore();
        registrations.save(MoodleCaptures.registration().build());
    }

    @Test
    void initiateWhenMoodleLoginAdaptedToToolThenAuthenticationRequestHasExactlyTheOidcParameters() {
        LoginStart start = initiator(TOOL, IdGenerator.secureRandom()).initiate(request(adaptedToTool()));

        AuthenticationRequest auth = start.authenticationRequest();
        assertThat(auth.endpoint()).isEqualTo(MoodleCaptures.AUTHORIZATION_ENDPOINT);
        assertThat(auth.parameters()).containsExactly(
                entry("scope", "openid"),
                entry("response_type", "id_token"),
                entry("response_mode", "form_post"),
                entry("prompt", "none"),
                entry("client_id", MoodleCaptures.CLIENT_ID),
                entry("redirect_uri", LAUNCH_URL),
                entry("login_hint", "4"),
                entry("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}"),
                entry("state", start.state().state()),
                entry("nonce", start.state().nonce()));
        assertThat(start.state().state()).isNotEqualTo(start.state().nonce());
        assertThat(queryOf(auth.toUri())).isEqualTo(auth.parameters());
    }

    @Test
    void initiateWhenToolRunsWhereMoodlesDummyToolRanThenRedirectEqualsTheCapturedOne() {
        // state, then nonce: in the order the store draws them
        Iterator<String> ids = List.of(moodle.authRequest().get("state"), moodle.authRequest().get("nonce"))
                .iterator();
        states = new InMemoryLoginStateStore(ids::next);

        LoginStart start = initiator(MoodleCaptures.TOOL_BASE, IdGenerator.secureRandom())
                .initiate(request(moodle.loginInitiation()), "browser-secret-0123456789");

        assertThat(start.authenticationRequest().parameters()).containsExactlyEntriesOf(moodle.authRequest());
        assertThat(start.authenticationRequest().toUri()).isEqualTo(URI.create(moodle.authLocation()));
    }

    @Test
    void toUriWhenAuthEndpointHasQueryThenKeepsItAndAppendsParameters() {
        registrations.save(MoodleCaptures.registration()
                .authorizationEndpoint(URI.create("http://127.0.0.1:8081/mod/lti/auth.php?tenant=a%20b")).build());

        URI uri = initiator(TOOL, IdGenerator.secureRandom()).initiate(request(adaptedToTool()))
                .authenticationRequest().toUri();

        assertThat(uri.toString()).startsWith("http://127.0.0.1:8081/mod/lti/auth.php?tenant=a%20b&scope=openid&");
        assertThat(queryOf(uri)).containsEntry("tenant", "a b").containsEntry("redirect_uri", LAUNCH_URL);
    }

    @Test
    void initiateWhenNoClientIdAndOneRegistrationForIssuerThenUsesIt() {
        Map<String, String> parameters = adaptedToTool();
        parameters.remove("client_id");

        LoginStart start = initiator(TOOL, IdGenerator.secureRandom()).initiate(request(parameters));

        assertThat(start.authenticationRequest().parameters()).containsEntry("client_id", MoodleCaptures.CLIENT_ID);
        assertThat(start.state().registrationId().value()).isEqualTo("reg-moodle");
    }

    @Test
    void initiateWhenNoClientIdAndTwoRegistrationsForIssuerThenRegistrationAmbiguous() {
        registrations.save(MoodleCaptures.registration().id("reg-moodle-2").clientId("D7tMxo9hH2hgnir").build());
        Map<String, String> parameters = adaptedToTool();
        parameters.remove("client_id");

        assertRejected(parameters, LtiError.REGISTRATION_AMBIGUOUS);
    }

    @Test
    void initiateWhenClientIdGivenAndTwoRegistrationsForIssuerThenPicksByClientId() {
        registrations.save(MoodleCaptures.registration().id("reg-moodle-2").clientId("D7tMxo9hH2hgnir").build());
        Map<String, String> parameters = adaptedToTool();
        parameters.put("client_id", "D7tMxo9hH2hgnir");

        LoginStart start = initiator(TOOL, IdGenerator.secureRandom()).initiate(request(parameters));

        assertThat(start.state().registrationId().value()).isEqualTo("reg-moodle-2");
    }

    @Test
    void initiateWhenIssuerOrClientIdNotRegisteredThenRegistrationUnknown() {
        Map<String, String> unknownClient = adaptedToTool();
        unknownClient.put("client_id", "not-registered");
        Map<String, String> unknownIssuer = adaptedToTool();
        unknownIssuer.put("iss", "https://other-lms.example");
        Map<String, String> unknownIssuerNoClient = adaptedToTool();
        unknownIssuerNoClient.put("iss", "https://other-lms.example");
        unknownIssuerNoClient.remove("client_id");

        assertRejected(unknownClient, LtiError.REGISTRATION_UNKNOWN);
        assertRejected(unknownIssuer, LtiError.REGISTRATION_UNKNOWN);
        assertRejected(unknownIssuerNoClient, LtiError.REGISTRATION_UNKNOWN);
    }

    @Test
    void initiateWhenRegistrationDisabledThenRegistrationDisabledAndNoState() {
        registrations.save(MoodleCaptures.registration().enabled(false).build());

        assertRejected(adaptedToTool(), LtiError.REGISTRATION_DISABLED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/lti/launch",
            "https://tool.example.evil.example/lti/launch",
            "https://tool.example:8443/lti/launch",
            "http://tool.example/lti/launch",
            "https://user@tool.example/lti/launch"})
    void initiateWhenTargetLinkUriOnAnotherOriginThenTargetLinkUriForeign(String target) {
        Map<String, String> parameters = adaptedToTool();
        parameters.put("target_link_uri", target);

        assertRejected(parameters, LtiError.TARGET_LINK_URI_FOREIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
    void fromParametersWhenRequiredParameterMissingOrEmptyThenLoginParameterMissing(String name) {
        Map<String, String> missing = adaptedToTool();
        missing.remove(name);
        Map<String, String> empty = adaptedToTool();
        empty.put(name, "");

        assertThat(errorOf(() -> LoginInitiationRequest.fromParameters(missing::get)))
                .isEqualTo(LtiError.LOGIN_PARAMETER_MISSING);
        assertThat(errorOf(() -> LoginInitiationRequest.fromParameters(empty::get)))
                .isEqualTo(LtiError.LOGIN_PARAMETER_MISSING);
    }

    @Test
    void fromParametersWhenIssuerIsPlainHttpToNonLoopbackHostThenLoginParameterInvalid() {
        Map<String, String> parameters = adaptedToTool();
        parameters.put("iss", "http://lms.example.invalid");

        assertThat(errorOf(() -> LoginInitiationRequest.fromParameters(parameters::get)))
                .isEqualTo(LtiError.LOGIN_PARAMETER_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_id", "lti_deployment_id", "iss", "target_link_uri"})
    void fromParametersWhenParameterIsOnlyWhitespaceThenLoginParameterInvalid(String name) {
        Map<String, String> parameters = adaptedToTool();
        parameters.put(name, " ");

        assertThat(errorOf(() -> LoginInitiationRequest.fromParameters(parameters::get)))
                .isEqualTo(LtiError.LOGIN_PARAMETER_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"target_link_uri=/lti/launch", "target_link_uri=http://tool example/",
            "lti_deployment_id=", "lti_message_hint="})
    void fromParametersWhenParameterMalformedThenLoginParameterInvalid(String assignment) {
        String name = assignment.substring(0, assignment.indexOf('='));
        String value = assignment.substring(assignment.indexOf('=') + 1);
        Map<String, String> parameters = adaptedToTool();
        // an empty value here means "too long": 256 characters for a deployment id, over 4096 for a hint
        parameters.put(name, value.isEmpty() ? "x".repeat(name.equals("lti_deployment_id") ? 256 : 4097) : value);

        assertThat(errorOf(() -> LoginInitiationRequest.fromParameters(parameters::get)))
                .isEqualTo(LtiError.LOGIN_PARAMETER_INVALID);
    }

    @Test
    void fromParametersWhenMoodleLoginThenReadsEveryParameter() {
        LoginInitiationRequest request = LoginInitiationRequest.fromParameters(moodle.loginInitiation()::get);

        assertThat(request.issuer().value()).isEqualTo(MoodleCaptures.ISSUER);
        assertThat(request.loginHint()).isEqualTo("4");
        assertThat(request.targetLinkUri()).isEqualTo(URI.create("http://127.0.0.1:9090/lti/launch"));
        assertThat(request.ltiMessageHint()).contains("{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}");
        assertThat(request.clientId()).contains(new ClientId(MoodleCaptures.CLIENT_ID));
        assertThat(request.deploymentId()).contains(new DeploymentId("1"));
    }

    @Test
    void initiateWhenValidThenStoresStateWithOnlyTheHashOfTheBrowserSecret() {
        LoginStart start = initiator(TOOL, IdGenerator.secureRandom()).initiate(request(adaptedToTool()));

        LoginState stored = states.findByState(start.state().state()).orElseThrow();
        assertThat(stored.browserBindingHash()).isEqualTo(LoginState.hash(start.browserSecret()))
                .isNotEqualTo(start.browserSecret());
        assertThat(stored.toString()).doesNotContain(start.browserSecret());
        assertThat(start.toString()).doesNotContain(start.browserSecret());
        assertThat(stored.isBoundTo(start.browserSecret())).isTrue();
        assertThat(stored.isBoundTo("another-browser")).isFalse();
        assertThat(stored.nonce()).isEqualTo(start.state().nonce());
        assertThat(stored.issuedAt()).isEqualTo(NOW);
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(STATE_TTL));
        assertThat(stored.targetLinkUri()).isEqualTo(URI.create(LAUNCH_URL));
        assertThat(states.size()).isEqualTo(1);
    }

    @Test
    void initiateWhenBrowserAlreadyHoldsSecretThenTwoTabsShareItWithDistinctStates() {
        LoginInitiator initiator = initiator(TOOL, IdGenerator.secureRandom());
        String secret = "secret-from-the-binding-cookie";

        LoginStart first = initiator.initiate(request(adaptedToTool()), secret);
        LoginStart second = initiator.initiate(request(adaptedToTool()), secret);

        assertThat(first.browserSecret()).isEqualTo(secret).isEqualTo(second.browserSecret());
        assertThat(first.state().state()).isNotEqualTo(second.state().state());
        assertThat(first.state().nonce()).isNotEqualTo(second.state().nonce());
        assertThat(states.findByState(first.state().state()).orElseThrow().isBoundTo(secret)).isTrue();
        assertThat(states.findByState(second.state().state()).orElseThrow().isBoundTo(secret)).isTrue();
    }

    @Test
    void initiateWhenBrowserSecretShorterThanSixteenCharactersThenRefused() {
        LoginInitiator initiator = initiator(TOOL, IdGenerator.secureRandom());

        assertThatIllegalArgumentException().isThrownBy(() -> initiator.initiate(request(adaptedToTool()),
                "short-secret"));
        assertThatIllegalArgumentException().isThrownBy(() -> initiator.initiate(request(adaptedToTool()), null));
        assertThat(states.size()).isZero();
    }

    @Test
    void initiateWhenRejectedThenStoresNothing() {
        Map<String, String> parameters = adaptedToTool();
        parameters.put("target_link_uri", "https://evil.example/lti/launch");

        assertRejected(parameters, LtiError.TARGET_LINK_URI_FOREIGN);
        assertThat(states.size()).isZero();
    }

    private LoginInitiator initiator(URI toolBase, IdGenerator ids) {
        return new LoginInitiator(registrations, states, ToolUrls.under(toolBase), ids, clock, STATE_TTL);
    }

    /** Moodle's captured login initiation with the target link pointed at this tool. */
    private Map<String, String> adaptedToTool() {
        Map<String, String> parameters = new LinkedHashMap<>(moodle.loginInitiation());
        parameters.put("target_link_uri", LAUNCH_URL);
        return parameters;
    }

    private static LoginInitiationRequest request(Map<String, String> parameters) {
        return LoginInitiationRequest.fromParameters(parameters::get);
    }

    private void assertRejected(Map<String, String> parameters, LtiError expected) {
        LoginInitiator initiator = initiator(TOOL, IdGenerator.secureRandom());
        assertThat(errorOf(() -> initiator.initiate(request(parameters)))).isEqualTo(expected);
        assertThat(states.size()).isZero();
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
