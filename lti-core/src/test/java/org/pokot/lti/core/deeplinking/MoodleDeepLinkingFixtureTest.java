package org.pokot.lti.core.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.launch.LaunchPolicy;
import org.pokot.lti.core.launch.LaunchRequest;
import org.pokot.lti.core.launch.LaunchValidator;
import org.pokot.lti.core.message.DeepLinkingRequest;
import org.pokot.lti.core.message.DeepLinkingSettingsClaim;
import org.pokot.lti.core.oidc.InMemoryLoginStateStore;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.PlatformRegistration;

/** The deep-linking request a real Moodle 5.0.6 sent, validated as captured and refused once tampered with. */
class MoodleDeepLinkingFixtureTest {

    static final String DIR = "fixtures/moodle/";
    static final String SECRET = "browser-secret-of-the-capture";

    @Test
    void validateWhenCapturedMoodleDeepLinkingRequestThenSettingsAsMoodleSendsThem() throws Exception {
        DeepLinkingRequest request = (DeepLinkingRequest) validator(read("deeplinking/teacher-request.id_token.jwt"))
                .validate(launchRequest()).message();

        DeepLinkingSettingsClaim settings = request.settings();
        assertThat(settings.acceptTypes()).containsExactly("ltiResourceLink");
        assertThat(settings.acceptMultiple()).isTrue();
        assertThat(settings.data()).as("Moodle sends no data").isEmpty();
        assertThat(settings.acceptLineItem()).as("nor accept_lineitem").isEmpty();
        assertThat(settings.deepLinkReturnUrl().toString())
                .startsWith("http://127.0.0.1:8081/mod/lti/contentitem_return.php?course=2&id=1");
        assertThat(request.claims().roles().isInstructor()).isTrue();
        assertThat(request.claims().user()).hasValueSatisfying(u -> assertThat(u.subject()).isEqualTo("3"));

        // what the tool answers is accepted by these settings: several graded resource links
        DeepLinkingResponse response = DeepLinkingResponse.builder(settings, request.claims().deploymentId())
                .item(LtiResourceLinkItem.titled("A").withLineItem(new LtiResourceLinkItem.LineItemSpec(8,
                        Optional.empty(), Optional.of("a"), Optional.empty())))
                .item(LtiResourceLinkItem.titled("B")).build();
        assertThat(response.contentItems()).hasSize(2);
    }

    @Test
    void validateWhenCapturedRequestTamperedThenSignatureInvalid() throws Exception {
        String[] parts = read("deeplinking/teacher-request.id_token.jwt").split("\\.");
        String payload = new String(com.nimbusds.jose.util.Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"accept_multiple\":true", "\"accept_multiple\":false");
        String tampered = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(payload) + "." + parts[2];

        assertThatThrownBy(() -> validator(tampered).validate(launchRequest()))
                .isInstanceOfSatisfying(LtiException.class,
                        e -> assertThat(e.error()).isEqualTo(LtiError.ID_TOKEN_SIGNATURE_INVALID));
    }

    private String idToken;
    private InMemoryLoginStateStore states;

    private LaunchValidator validator(String token) throws Exception {
        this.idToken = token;
        SignedJWT captured = SignedJWT.parse(read("deeplinking/teacher-request.id_token.jwt"));
        Instant iat = captured.getJWTClaimsSet().getIssueTime().toInstant();
        PlatformRegistration registration = PlatformRegistration.builder().id("moodle").issuer("http://127.0.0.1:8081")
                .clientId("22jxBNLgJMEsf4N").authorizationEndpoint(URI.create("http://127.0.0.1:8081/mod/lti/auth.php"))
                .tokenEndpoint(URI.create("http://127.0.0.1:8081/mod/lti/token.php"))
                .jwksUri(URI.create("http://127.0.0.1:8081/mod/lti/certs.php")).deploymentId("1").build();
        InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
        registrations.save(registration);
        states = new InMemoryLoginStateStore();
        String nonce = captured.getJWTClaimsSet().getStringClaim("nonce");
        LoginInitiationRequest initiation = LoginInitiationRequest.fromParameters(Map.of(
                "iss", "http://127.0.0.1:8081", "login_hint", "3",
                "target_link_uri", "http://127.0.0.1:9090/lti/launch", "client_id", "22jxBNLgJMEsf4N",
                "lti_deployment_id", "1")::get);
        states.seed(new LoginState(read("deeplinking/teacher-request.state.txt").strip(), nonce, registration.id(),
                initiation, LoginState.hash(SECRET), iat.minusSeconds(1), iat.plusSeconds(600)));
        String jwks = read("platform/jwks.json");
        Clock clock = Clock.fixed(iat.plusSeconds(1), ZoneOffset.UTC);
        PlatformJwksCache keys = new PlatformJwksCache(request -> new TransportResponse(200, "OK",
                Map.of("Content-Type", List.of("application/json")), jwks.getBytes(StandardCharsets.UTF_8)),
                clock, JwksCachePolicy.defaults());
        return new LaunchValidator(registrations, states, keys, LaunchPolicy.defaults(), clock);
    }

    private LaunchRequest launchRequest() throws IOException {
        return new LaunchRequest(idToken, read("deeplinking/teacher-request.state.txt").strip(), Optional.of(SECRET));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = MoodleDeepLinkingFixtureTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
