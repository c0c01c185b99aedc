package org.pokot.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.errorOf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.Base64URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.TransportRequest;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.message.LaunchClaims;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.message.ResourceLinkLaunch;
import org.pokot.lti.core.oidc.InMemoryLoginStateStore;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.testing.MoodleCaptures;

/**
 * The id_tokens a real Moodle 5.0 signed, validated as captured (no network: Moodle's JWKS as fetched at each
 * launch is served by a stub transport), then each rejected once something about it is wrong.
 */
class MoodleLaunchFixtureTest {

    private static final String BROWSER_SECRET = "browser-secret-of-the-captured-login";

    private final List<URI> fetched = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenCapturedMoodleLaunchThenAcceptedWithWhatMoodleSends(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        Fixture fixture = new Fixture(capture, MoodleCaptures.registration().build(), capture.nonce(),
                clockAt(capture.issuedAt().plusSeconds(1)));

        ValidatedLaunch launch = fixture.validate(capture.idToken());

        assertThat(fetched).containsExactly(MoodleCaptures.JWKS_URI);
        assertThat(launch.admission()).isEqualTo(DeploymentAdmission.REGISTERED);
        assertThat(fixture.states.isUsed(capture.state())).isTrue();
        // Moodle sends aud as a plain string, not an array
        assertThat(capture.payload().get("aud")).isEqualTo(MoodleCaptures.CLIENT_ID);
        assertThat(launch.message()).isInstanceOf(ResourceLinkLaunch.class);
        ResourceLinkLaunch message = (ResourceLinkLaunch) launch.message();
        LaunchClaims claims = message.claims();
        assertThat(claims.deploymentId()).isEqualTo(new DeploymentId("1"));
        assertThat(claims.targetLinkUri()).isEqualTo(URI.create("http://127.0.0.1:9090/lti/launch"));
        assertThat(message.resourceLink().id()).isEqualTo("1");
        assertThat(message.resourceLink().title()).contains("Dummy LTI activity");
        assertThat(claims.context()).hasValueSatisfying(context -> {
            assertThat(context.id()).isEqualTo("2");
            assertThat(context.label()).contains("LTILAB");
            assertThat(context.types()).containsExactly("CourseSection");
        });
        assertThat(claims.presentation().locale()).contains("en");
        assertThat(claims.presentation().languageTag()).contains(Locale.ENGLISH);
        assertThat(claims.presentation().documentTarget()).contains("window");
        assertThat(claims.presentation().isFramed()).isFalse();
        assertThat(claims.toolPlatform()).hasValueSatisfying(p -> {
            assertThat(p.productFamilyCode()).contains("moodle");
            assertThat(p.version()).contains("2025041406.11");
        });
        assertThat(claims.custom().get("activity_param")).contains("abc");
        assertThat(claims.custom().get("lab_param")).contains("hello");
        assertThat(claims.custom().get("Lab_Param")).contains("hello");
        assertThat(claims.custom().get("course_ctx")).contains("2"); // $Context.id, substituted by Moodle
        assertThat(claims.custom().get("context_memberships_url"))
                .contains("http://127.0.0.1:8081/mod/lti/services.php/CourseSection/2/bindings/1/memberships");
        assertThat(claims.ags()).hasValueSatisfying(ags -> {
            assertThat(ags.scopes()).containsExactly(
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score");
            assertThat(ags.lineItems())
                    .contains(URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1"));
            assertThat(ags.lineItem()).contains(
                    URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"));
            assertThat(ags.lineItem().orElseThrow().getQuery()).isEqualTo("type_id=1");
        });
        assertThat(claims.nrps()).hasValueSatisfying(nrps -> {
            assertThat(nrps.contextMembershipsUrl()).isEqualTo(
                    URI.create("http://127.0.0.1:8081/mod/lti/services.php/CourseSection/2/bindings/1/memberships"));
            assertThat(nrps.serviceVersions()).containsExactly("1.0", "2.0");
        });

        if (who.equals("student")) {
            assertThat(message.user().subject()).isEqualTo("4");
            assertThat(message.user().displayName()).isEqualTo("Sam Student");
            assertThat(message.user().email()).contains("student1@example.com");
            assertThat(claims.roles().isLearner()).isTrue();
            assertThat(claims.roles().isInstructor()).isFalse();
            assertThat(claims.roles().canManageContent()).isFalse();
        } else {
            assertThat(capture.payload().get(LtiClaimNames.ROLES))
                    .isEqualTo(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
            assertThat(message.user().subject()).isEqualTo("3");
            assertThat(message.user().displayName()).isEqualTo("Terry Teacher");
            assertThat(claims.roles().isInstructor()).isTrue();
            assertThat(claims.roles().isLearner()).isFalse();
            assertThat(claims.roles().canManageContent()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenCapturedPayloadByteChangedThenSignatureInvalid(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        Fixture fixture = new Fixture(capture, MoodleCaptures.registration().build(), capture.nonce(),
                clockAt(capture.issuedAt().plusSeconds(1)));
        String[] parts = capture.idToken().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String sub = "\"sub\":\"" + capture.payload().get("sub") + "\"";
        assertThat(payload).contains(sub);
        String tampered = parts[0] + "." + Base64URL.encode(payload.replace(sub, "\"sub\":\"2\"")) + "." + parts[2];

        assertThat(errorOf(() -> fixture.validate(tampered))).isEqualTo(LtiError.ID_TOKEN_SIGNATURE_INVALID);
        fixture.assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenClockPastMoodlesSixtySecondsAndSkewThenExpired(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        assertThat(Duration.between(capture.issuedAt(), capture.expiresAt())).hasSeconds(60);
        Duration skew = LaunchPolicy.defaults().maxClockSkew();
        Fixture fixture = new Fixture(capture, MoodleCaptures.registration().build(), capture.nonce(),
                clockAt(capture.expiresAt().plus(skew).plusSeconds(1)));

        assertThat(errorOf(() -> fixture.validate(capture.idToken()))).isEqualTo(LtiError.ID_TOKEN_EXPIRED);
        fixture.assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenSeededStateHasAnotherNonceThenNonceNotIssued(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        Fixture fixture = new Fixture(capture, MoodleCaptures.registration().build(), "a-nonce-moodle-never-saw",
                clockAt(capture.issuedAt().plusSeconds(1)));

        assertThat(errorOf(() -> fixture.validate(capture.idToken()))).isEqualTo(LtiError.NONCE_NOT_ISSUED);
        fixture.assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenTokensNonceBelongsToAnotherLoginThenNonceMismatch(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        Fixture fixture = new Fixture(capture, MoodleCaptures.registration().build(), "a-nonce-moodle-never-saw",
                clockAt(capture.issuedAt().plusSeconds(1)));
        fixture.seed("state-of-another-login", capture.nonce());

        assertThat(errorOf(() -> fixture.validate(capture.idToken()))).isEqualTo(LtiError.NONCE_MISMATCH);
        fixture.assertNothingStored();
        assertThat(fixture.states.isUsed("state-of-another-login")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher"})
    void validateWhenRegistrationHasAnotherClientIdThenAudienceMismatch(String who) {
        MoodleCaptures.Launch capture = MoodleCaptures.launch(who);
        PlatformRegistration otherClient = MoodleCaptures.registration().clientId("D7tMxo9hH2hgnir").build();
        Fixture fixture = new Fixture(capture, otherClient, capture.nonce(),
                clockAt(capture.issuedAt().plusSeconds(1)));

        assertThat(errorOf(() -> fixture.validate(capture.idToken()))).isEqualTo(LtiError.AUDIENCE_MISMATCH);
        fixture.assertNothingStored();
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** One captured launch behind a validator: the registration, a seeded login state and Moodle's JWKS. */
    private final class Fixture {

        final MoodleCaptures.Launch capture;
        final PlatformRegistration registration;
        final Clock clock;
        final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
        final InMemoryLoginStateStore states = new InMemoryLoginStateStore();
        final LaunchValidator validator;

        Fixture(MoodleCaptures.Launch capture, PlatformRegistration registration, String seededNonce, Clock clock) {
            this.capture = capture;
            this.registration = registration;
            this.clock = clock;
            registrations.save(registration);
            seed(capture.state(), seededNonce);
            String jwks = MoodleCaptures.jwksAtLaunch(capture.who());
            HttpTransport moodle = request -> answer(request, jwks);
            validator = new LaunchValidator(registrations, states,
                    new PlatformJwksCache(moodle, clock, JwksCachePolicy.defaults()), LaunchPolicy.defaults(), clock);
        }

        /** A state as {@code LoginInitiator} would have issued it for the captured login, a moment before iat. */
        void seed(String state, String nonce) {
            LoginInitiationRequest initiation = LoginInitiationRequest.fromParameters(capture.loginInitiation()::get);
            Instant issuedAt = capture.issuedAt().minusSeconds(2);
            states.seed(new LoginState(state, nonce, registration.id(), initiation, LoginState.hash(BROWSER_SECRET),
                    issuedAt, issuedAt.plus(Duration.ofMinutes(10))));
        }

        ValidatedLaunch validate(String idToken) {
            return validator.validate(new LaunchRequest(idToken, capture.state(), Optional.of(BROWSER_SECRET)));
        }

        void assertNothingStored() {
            assertThat(states.isUsed(capture.state())).isFalse();
            assertThat(registrations.findById(registration.id()).orElseThrow().unconfirmedDeploymentIds()).isEmpty();
        }

        private TransportResponse answer(TransportRequest request, String jwks) {
            fetched.add(request.uri());
            if (!request.uri().equals(MoodleCaptures.JWKS_URI)) {
                return new TransportResponse(404, "Not Found", Map.of(), new byte[0]);
            }
            return new TransportResponse(200, "OK", Map.of("Content-Type", List.of("application/json")),
                    jwks.getBytes(StandardCharsets.UTF_8));
        }
    }
}
