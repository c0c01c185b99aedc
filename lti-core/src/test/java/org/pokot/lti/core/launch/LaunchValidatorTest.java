package org.pokot.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pokot.lti.core.testing.LtiAssertions.errorOf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.HttpTransport;
import org.pokot.lti.core.http.JdkHttpTransport;
import org.pokot.lti.core.jwks.JwksCachePolicy;
import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.message.DeepLinkingRequest;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.message.LtiMessageType;
import org.pokot.lti.core.message.ResourceLinkLaunch;
import org.pokot.lti.core.oidc.InMemoryNonceLedger;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginInitiator;
import org.pokot.lti.core.oidc.LoginStart;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateSeal;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.oidc.PendingLogin;
import org.pokot.lti.core.oidc.SealedLoginStateStore;
import org.pokot.lti.core.oidc.ToolUrls;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.SimulatedPlatform;
import org.pokot.lti.core.testing.TestClock;
import org.pokot.lti.core.testing.TestKeys;

/**
 * The launch (authentication response) checks, one test per {@link LtiError}, against a platform serving its JWKS
 * over real loopback HTTP. Every rejection also asserts that nothing was written: the state is still unused and no
 * deployment was recorded.
 */
class LaunchValidatorTest {

    private static final URI TOOL = URI.create("https://tool.example");
    private static final String TARGET = "https://tool.example/lti/launch";
    private static final Duration STATE_TTL = Duration.ofMinutes(5);
    private static final byte[] SEAL_KEY = "a login state key of 32 bytes!!!".getBytes(StandardCharsets.US_ASCII);
    private static final HttpTransport TRANSPORT = new JdkHttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5),
            64 * 1024);

    private SimulatedPlatform platform;
    private TestClock clock;
    private InMemoryRegistrationRepository registrations;
    private LoginStateStore states;
    private PlatformRegistration registration;
    private LoginInitiator logins;
    private LaunchValidator validator;

    @BeforeEach
    void setUp() {
        platform = SimulatedPlatform.start();
        clock = TestClock.atStart();
        registrations = new InMemoryRegistrationRepository();
        // the store the app uses: sealed states, and a ledger of used nonces
        states = new SealedLoginStateStore(new LoginStateSeal(SEAL_KEY, new SecureRandom()),
                new InMemoryNonceLedger());
        register(platform.registration().build());
        logins = new LoginInitiator(registrations, states, ToolUrls.under(TOOL), IdGenerator.secureRandom(), clock,
                STATE_TTL);
        validator = new LaunchValidator(registrations, states,
                new PlatformJwksCache(TRANSPORT, clock, JwksCachePolicy.defaults()), LaunchPolicy.defaults(), clock);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    // ---- success

    @Test
    void validateWhenResourceLinkLaunchIsValidThenReturnsTypedLaunchAndConsumesState() {
        LoginStart login = login();
        String idToken = token(login)
                .claim(LtiClaimNames.CUSTOM, Map.of("Lab_Param", "hello", "course_ctx", "2"))
                .sign();

        ValidatedLaunch launch = validator.validate(post(login, idToken));

        assertThat(launch.registration().id()).isEqualTo(registration.id());
        assertThat(launch.admission()).isEqualTo(DeploymentAdmission.REGISTERED);
        assertThat(launch.loginState().state()).isEqualTo(login.state().state());
        assertThat(launch.message().type()).isEqualTo(LtiMessageType.RESOURCE_LINK);
        assertThat(launch.message()).isInstanceOf(ResourceLinkLaunch.class);
        ResourceLinkLaunch message = (ResourceLinkLaunch) launch.message();
        assertThat(message.user().subject()).isEqualTo("learner-1");
        assertThat(message.user().displayName()).isEqualTo("Liisa Learner");
        assertThat(message.claims().roles().isLearner()).isTrue();
        assertThat(message.claims().roles().isInstructor()).isFalse();
        assertThat(message.claims().deploymentId()).isEqualTo(new DeploymentId(SimulatedPlatform.DEPLOYMENT_ID));
        assertThat(message.claims().targetLinkUri()).isEqualTo(URI.create(TARGET));
        assertThat(message.claims().context()).hasValueSatisfying(context -> {
            assertThat(context.id()).isEqualTo("course-1");
            assertThat(context.title()).contains("POKOT pilot");
            assertThat(context.types()).containsExactly("CourseSection");
        });
        assertThat(message.resourceLink().id()).isEqualTo("rl-1");
        assertThat(message.resourceLink().title()).contains("Ennakointi");
        assertThat(message.claims().presentation().languageTag()).contains(Locale.forLanguageTag("fi"));
        assertThat(message.claims().presentation().isFramed()).isTrue();
        assertThat(message.claims().custom().get("lab_param")).contains("hello");
        assertThat(message.claims().custom().get("LAB_PARAM")).contains("hello");
        assertThat(message.claims().custom().get("Course_Ctx")).contains("2");
        assertThat(message.claims().custom().get("missing")).isEmpty();
        assertThat(usedAt(login)).contains(clock.instant());
        assertThat(currentRegistration().unconfirmedDeploymentIds()).isEmpty();
    }

    @Test
    void validateWhenInstructorLaunchesThenRolesSayInstructor() {
        LoginStart login = login();

        ValidatedLaunch launch = validator.validate(post(login, token(login).instructor().sign()));

        assertThat(launch.message().claims().roles().isInstructor()).isTrue();
        assertThat(launch.message().claims().roles().isLearner()).isFalse();
    }

    @Test
    void validateWhenDeepLinkingRequestThenReturnsDeepLinkingRequestWithSettings() {
        LoginStart login = login();
        String idToken = token(login).instructor()
                .claim(LtiClaimNames.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .without(LtiClaimNames.RESOURCE_LINK)
                .claim(LtiClaimNames.DEEP_LINKING_SETTINGS, Map.of(
                        "deep_link_return_url", platform.issuer() + "/deeplink/return?course=2",
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", true,
                        "auto_create", true,
                        "data", "opaque-data"))
                .sign();

        ValidatedLaunch launch = validator.validate(post(login, idToken));

        assertThat(launch.message().type()).isEqualTo(LtiMessageType.DEEP_LINKING);
        assertThat(launch.message()).isInstanceOf(DeepLinkingRequest.class);
        DeepLinkingRequest request = (DeepLinkingRequest) launch.message();
        assertThat(request.settings().deepLinkReturnUrl())
                .isEqualTo(URI.create(platform.issuer() + "/deeplink/return?course=2"));
        assertThat(request.settings().acceptTypes()).containsExactly("ltiResourceLink");
        assertThat(request.settings().acceptPresentationDocumentTargets()).containsExactly("iframe", "window");
        assertThat(request.settings().acceptMultiple()).isTrue();
        assertThat(request.settings().autoCreate()).isTrue();
        assertThat(request.settings().acceptLineItem()).as("absent: no assumption").isEmpty();
        assertThat(request.settings().data()).contains("opaque-data");
        assertThat(request.claims().roles().canManageContent()).isTrue();
        assertThat(usedAt(login).isPresent()).isTrue();
    }

    // ---- transport and signature

    @Test
    void validateWhenIdTokenMissingThenIdTokenMissing() {
        LoginStart login = login();

        assertRejected(post(login, null), LtiError.ID_TOKEN_MISSING, login);
        assertRejected(post(login, ""), LtiError.ID_TOKEN_MISSING, login);
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenIdTokenLargerThanLimitThenTooLargeBeforeAnyParsing() {
        LoginStart login = login();
        String garbage = "x".repeat(70 * 1024);
        String hugeButWellFormed = token(login).claim("padding", "p".repeat(70 * 1024)).sign();

        assertRejected(post(login, garbage), LtiError.ID_TOKEN_TOO_LARGE, login);
        assertRejected(post(login, hugeButWellFormed), LtiError.ID_TOKEN_TOO_LARGE, login);
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenIdTokenNotAJwtThenMalformed() {
        LoginStart login = login();

        assertRejected(post(login, "garbage"), LtiError.ID_TOKEN_MALFORMED, login);
        assertRejected(post(login, "not.a.jwt"), LtiError.ID_TOKEN_MALFORMED, login);
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenAlgNoneThenAlgorithmNotAllowed() {
        LoginStart login = login();

        assertRejected(login, token(login).unsigned(), LtiError.ID_TOKEN_ALGORITHM_NOT_ALLOWED);
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenHs256SignedWithPublicKeyThenAlgorithmNotAllowed() {
        LoginStart login = login();

        assertRejected(login, token(login).signHs256WithPublicKey(), LtiError.ID_TOKEN_ALGORITHM_NOT_ALLOWED);
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenPayloadTamperedAfterSigningThenSignatureInvalid() {
        LoginStart login = login();

        assertRejected(login, token(login).signThenTamper(), LtiError.ID_TOKEN_SIGNATURE_INVALID);
    }

    @Test
    void validateWhenSignedByAnotherKeyUnderThePublishedKidThenSignatureInvalid() {
        LoginStart login = login();
        String idToken = token(login).signedWith(TestKeys.otherPlatformKey()).kid(TestKeys.platformKey().getKeyID())
                .sign();

        assertRejected(login, idToken, LtiError.ID_TOKEN_SIGNATURE_INVALID);
    }

    @Test
    void validateWhenPlatformReplacedTheKeyUnderItsKidThenOnlyTheNewKeyVerifies() throws Exception {
        LoginStart first = login();
        validator.validate(post(first, token(first).sign())); // the old key's verifier is now kept
        String kid = TestKeys.platformKey().getKeyID();
        RSAKey replacement = new RSAKey.Builder(TestKeys.otherPlatformKey()).keyID(kid).build();
        platform.publish(replacement);
        clock.advance(JwksCachePolicy.defaults().timeToLive());

        LoginStart second = login();
        assertRejected(second, token(second).sign(), LtiError.ID_TOKEN_SIGNATURE_INVALID);
        assertThat(validator.validate(post(second, token(second).signedWith(replacement).sign())).loginState().state())
                .isEqualTo(second.state().state());
    }

    @Test
    void validateWhenKidNotInPlatformKeySetThenKeyUnknown() {
        LoginStart login = login();

        assertRejected(login, token(login).kid("no-such-kid").sign(), LtiError.ID_TOKEN_KEY_UNKNOWN);
        assertRejected(login, token(login).signedWith(TestKeys.otherPlatformKey()).sign(),
                LtiError.ID_TOKEN_KEY_UNKNOWN);
    }

    @Test
    void validateWhenJwksAnswersServerErrorThenJwksUnavailable() {
        LoginStart login = login();
        platform.jwksStatus(500);

        assertRejected(login, token(login).sign(), LtiError.JWKS_UNAVAILABLE);
        assertThat(platform.jwksFetches()).isEqualTo(1);
    }

    @Test
    void validateWhenJwksUnreachableThenJwksUnavailable() {
        LoginStart login = login();
        String idToken = token(login).sign();
        platform.close();

        assertRejected(login, idToken, LtiError.JWKS_UNAVAILABLE);
    }

    // ---- issuer, audience, times

    @Test
    void validateWhenIssuerIsAnotherPlatformThenIssuerMismatch() {
        LoginStart login = login();

        assertRejected(login, token(login).claim("iss", "https://other-lms.example").sign(),
                LtiError.ISSUER_MISMATCH);
    }

    @Test
    void validateWhenAudienceIsAnotherClientThenAudienceMismatch() {
        LoginStart login = login();

        assertRejected(login, token(login).claim("aud", "someone-else").sign(), LtiError.AUDIENCE_MISMATCH);
        assertRejected(login, token(login).claim("aud", List.of("someone-else", "another")).sign(),
                LtiError.AUDIENCE_MISMATCH);
    }

    @Test
    void validateWhenSeveralAudiencesWithoutAzpThenAzpMismatch() {
        LoginStart login = login();
        String idToken = token(login).claim("aud", List.of(SimulatedPlatform.CLIENT_ID, "another-client")).sign();

        assertRejected(login, idToken, LtiError.AZP_MISMATCH);
    }

    @Test
    void validateWhenAzpIsAnotherClientThenAzpMismatch() {
        LoginStart login = login();
        String severalAudiences = token(login).claim("aud", List.of(SimulatedPlatform.CLIENT_ID, "another-client"))
                .claim("azp", "another-client").sign();
        String oneAudience = token(login).claim("azp", "another-client").sign();

        assertRejected(login, severalAudiences, LtiError.AZP_MISMATCH);
        assertRejected(login, oneAudience, LtiError.AZP_MISMATCH);
    }

    @Test
    void validateWhenSeveralAudiencesAndAzpIsThisClientThenAccepted() {
        LoginStart login = login();
        String idToken = token(login).claim("aud", List.of("another-client", SimulatedPlatform.CLIENT_ID))
                .claim("azp", SimulatedPlatform.CLIENT_ID).sign();

        assertThat(validator.validate(post(login, idToken)).message()).isInstanceOf(ResourceLinkLaunch.class);
    }

    @Test
    void validateWhenExpiredBeyondClockSkewThenExpired() {
        LoginStart login = login();
        Instant now = clock.instant();
        Duration skew = LaunchPolicy.defaults().maxClockSkew();
        String idToken = token(login).issuedAt(now.minusSeconds(300)).expiresAt(now.minus(skew).minusSeconds(1))
                .sign();

        assertRejected(login, idToken, LtiError.ID_TOKEN_EXPIRED);
    }

    @Test
    void validateWhenExpiredWithinClockSkewThenAccepted() {
        LoginStart login = login();
        Instant now = clock.instant();
        Duration skew = LaunchPolicy.defaults().maxClockSkew();
        String idToken = token(login).issuedAt(now.minusSeconds(300)).expiresAt(now.minus(skew)).sign();

        assertThat(validator.validate(post(login, idToken)).message()).isInstanceOf(ResourceLinkLaunch.class);
    }

    @Test
    void validateWhenIssuedInFutureBeyondClockSkewThenIssuedInFuture() {
        LoginStart login = login();
        Instant now = clock.instant();
        Duration skew = LaunchPolicy.defaults().maxClockSkew();
        Instant iat = now.plus(skew).plusSeconds(1);
        String idToken = token(login).issuedAt(iat).expiresAt(iat.plusSeconds(60)).sign();

        assertRejected(login, idToken, LtiError.ID_TOKEN_ISSUED_IN_FUTURE);
    }

    @Test
    void validateWhenIssuedInFutureWithinClockSkewThenAccepted() {
        LoginStart login = login();
        Instant iat = clock.instant().plusSeconds(30);
        String idToken = token(login).issuedAt(iat).expiresAt(iat.plusSeconds(60)).sign();

        assertThat(validator.validate(post(login, idToken)).message()).isInstanceOf(ResourceLinkLaunch.class);
    }

    @Test
    void validateWhenNotBeforeInFutureThenNotYetValid() {
        LoginStart login = login();
        Instant nbf = clock.instant().plus(LaunchPolicy.defaults().maxClockSkew()).plusSeconds(1);

        assertRejected(login, token(login).claim("nbf", nbf.getEpochSecond()).sign(), LtiError.ID_TOKEN_NOT_YET_VALID);
    }

    // ---- nonce

    @Test
    void validateWhenNonceMissingThenNonceMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without("nonce").sign(), LtiError.NONCE_MISSING);
    }

    @Test
    void validateWhenNonceNeverIssuedThenNonceNotIssued() {
        LoginStart login = login();

        assertRejected(login, token(login).claim("nonce", "nonce-this-tool-never-issued").sign(),
                LtiError.NONCE_NOT_ISSUED);
    }

    @Test
    void validateWhenUsedTokenReplayedWithAnotherLoginsStateThenNonceReplayed() {
        LoginStart first = login();
        String firstToken = token(first).sign();
        validator.validate(post(first, firstToken));
        LoginStart second = login();

        assertRejected(post(second, firstToken), LtiError.NONCE_REPLAYED, second);
    }

    @Test
    void validateWhenSamePostTwiceThenNonceReplayed() {
        LoginStart login = login();
        LaunchRequest request = post(login, token(login).sign());
        validator.validate(request);
        Optional<Instant> firstUse = usedAt(login);
        clock.advance(Duration.ofSeconds(5));

        assertRejected(request, LtiError.NONCE_REPLAYED);
        assertThat(usedAt(login)).isEqualTo(firstUse);
    }

    @Test
    void validateWhenConcurrentPostConsumesStateBetweenChecksAndWriteThenNonceReplayed() {
        LoginStart login = login();
        // the other post wins the race: it marks the state used just before this one tries to
        LoginStateStore racing = new LoginStateStore() {
            @Override
            public LoginState issue(PendingLogin login) {
                return states.issue(login);
            }

            @Override
            public Optional<LoginState> findByState(String state) {
                return states.findByState(state);
            }

            @Override
            public Optional<IssuedNonce> findNonce(String nonce) {
                return states.findNonce(nonce);
            }

            @Override
            public boolean markUsed(LoginState state, Instant usedAt) {
                states.markUsed(state, usedAt);
                return states.markUsed(state, usedAt);
            }

            @Override
            public int purgeExpired(Instant before) {
                return states.purgeExpired(before);
            }
        };
        LaunchValidator loser = new LaunchValidator(registrations, racing,
                new PlatformJwksCache(TRANSPORT, clock, JwksCachePolicy.defaults()), LaunchPolicy.defaults(), clock);

        assertThat(errorOf(() -> loser.validate(post(login, token(login).sign())))).isEqualTo(LtiError.NONCE_REPLAYED);
    }

    @Test
    void validateWhenNonceBelongsToAnotherUnusedLoginThenNonceMismatch() {
        LoginStart mine = login();
        LoginStart other = login();
        String idToken = platform.idToken(TARGET, other.state().nonce(), clock.instant()).sign();

        assertRejected(post(mine, idToken), LtiError.NONCE_MISMATCH, mine, other);
    }

    // ---- state

    @Test
    void validateWhenStateMissingThenStateMissing() {
        LoginStart login = login();
        String idToken = token(login).sign();

        assertRejected(new LaunchRequest(idToken, null, Optional.of(login.browserSecret())), LtiError.STATE_MISSING,
                login);
        assertRejected(new LaunchRequest(idToken, " ", Optional.of(login.browserSecret())), LtiError.STATE_MISSING,
                login);
    }

    @Test
    void validateWhenStateNotIssuedByThisToolThenStateUnknown() {
        LoginStart login = login();
        String idToken = token(login).sign();

        assertRejected(new LaunchRequest(idToken, "state-never-issued", Optional.of(login.browserSecret())),
                LtiError.STATE_UNKNOWN, login);
    }

    @Test
    void validateWhenStateOutlivedItsTimeToLiveThenStateExpired() {
        LoginStart login = login();
        clock.advance(STATE_TTL);

        assertRejected(login, token(login).sign(), LtiError.STATE_EXPIRED);
    }

    @Test
    void validateWhenNoBrowserSecretThenStateBrowserMismatch() {
        LoginStart login = login();
        String idToken = token(login).sign();

        assertRejected(new LaunchRequest(idToken, login.state().state(), Optional.empty()),
                LtiError.STATE_BROWSER_MISMATCH, login);
        assertRejected(new LaunchRequest(idToken, login.state().state(), Optional.of("")),
                LtiError.STATE_BROWSER_MISMATCH, login);
    }

    @Test
    void validateWhenAnotherBrowsersSecretThenStateBrowserMismatch() {
        LoginStart victim = login();
        LoginStart attacker = login();
        String idToken = token(victim).sign();

        assertRejected(new LaunchRequest(idToken, victim.state().state(), Optional.of(attacker.browserSecret())),
                LtiError.STATE_BROWSER_MISMATCH, victim, attacker);
    }

    @Test
    void validateWhenRegistrationRemovedSinceLoginThenRegistrationUnknown() {
        LoginStart login = login();
        LaunchValidator afterRemoval = new LaunchValidator(new InMemoryRegistrationRepository(), states,
                new PlatformJwksCache(TRANSPORT, clock, JwksCachePolicy.defaults()), LaunchPolicy.defaults(), clock);

        assertThat(errorOf(() -> afterRemoval.validate(post(login, token(login).sign()))))
                .isEqualTo(LtiError.REGISTRATION_UNKNOWN);
        assertThat(usedAt(login).isPresent()).isFalse();
        assertThat(platform.jwksFetches()).isZero();
    }

    @Test
    void validateWhenRegistrationDisabledSinceLoginThenRegistrationDisabledAndStateKept() {
        LoginStart login = login();
        register(platform.registration().enabled(false).build());

        assertThat(errorOf(() -> validator.validate(post(login, token(login).sign()))))
                .isEqualTo(LtiError.REGISTRATION_DISABLED);
        assertThat(usedAt(login).isPresent()).isFalse();
    }

    // ---- deployment

    @Test
    void validateWhenDeploymentIdMissingThenDeploymentIdMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without(LtiClaimNames.DEPLOYMENT_ID).sign(), LtiError.DEPLOYMENT_ID_MISSING);
        assertRejected(login, token(login).claim(LtiClaimNames.DEPLOYMENT_ID, "").sign(),
                LtiError.DEPLOYMENT_ID_MISSING);
    }

    @Test
    void validateWhenDeploymentNotRegisteredThenDeploymentUnknown() {
        LoginStart login = login();

        assertRejected(login, token(login).claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-copy-42").sign(),
                LtiError.DEPLOYMENT_UNKNOWN);
    }

    @Test
    void validateWhenRecordedDeploymentAndPolicyBackToRejectThenDeploymentUnknown() {
        register(platform.registration().unknownDeploymentPolicy(UnknownDeploymentPolicy.ACCEPT_AND_RECORD).build());
        LoginStart first = login();
        validator.validate(post(first, token(first).claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-copy-42").sign()));
        register(currentRegistration().toBuilder().unknownDeploymentPolicy(UnknownDeploymentPolicy.REJECT).build());
        LoginStart second = login();
        String idToken = token(second).claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-copy-42").sign();

        assertThatThrownBy(() -> validator.validate(post(second, idToken))).isInstanceOfSatisfying(LtiException.class,
                e -> assertThat(e.error()).isEqualTo(LtiError.DEPLOYMENT_UNKNOWN));
        assertThat(usedAt(second).isPresent()).isFalse();
    }

    @Test
    void validateWhenTargetLinkUriIsNotTheLoginsThenRefused() {
        LoginStart login = login();

        assertRejected(login, token(login).claim(LtiClaimNames.TARGET_LINK_URI, "https://tool.example/lti/other").sign(),
                LtiError.TARGET_LINK_URI_FOREIGN);
    }

    @Test
    void validateWhenDeploymentUnknownAndPolicyAcceptsThenAcceptedAndRecordedUnconfirmed() {
        register(platform.registration().unknownDeploymentPolicy(UnknownDeploymentPolicy.ACCEPT_AND_RECORD).build());
        LoginStart login = login();
        String idToken = token(login).claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-copy-42").sign();

        ValidatedLaunch launch = validator.validate(post(login, idToken));

        assertThat(launch.admission()).isEqualTo(DeploymentAdmission.RECORDED_UNCONFIRMED);
        assertThat(launch.message().claims().deploymentId()).isEqualTo(new DeploymentId("deployment-copy-42"));
        assertThat(currentRegistration().unconfirmedDeploymentIds())
                .containsExactly(new DeploymentId("deployment-copy-42"));
        assertThat(currentRegistration().deploymentIds())
                .containsExactly(new DeploymentId(SimulatedPlatform.DEPLOYMENT_ID));
        assertThat(usedAt(login).isPresent()).isTrue();
    }

    @Test
    void validateWhenDeploymentUnknownAndPolicyAcceptsButTokenFailsLaterThenNothingRecorded() {
        register(platform.registration().unknownDeploymentPolicy(UnknownDeploymentPolicy.ACCEPT_AND_RECORD).build());
        LoginStart login = login();
        String idToken = token(login).claim(LtiClaimNames.DEPLOYMENT_ID, "deployment-copy-42")
                .without(LtiClaimNames.ROLES).sign();

        assertRejected(login, idToken, LtiError.ROLES_MISSING);
    }

    // ---- message claims

    @Test
    void validateWhenMessageTypeUnknownThenMessageTypeUnsupported() {
        LoginStart login = login();

        assertRejected(login, token(login).claim(LtiClaimNames.MESSAGE_TYPE, "LtiSubmissionReviewRequest").sign(),
                LtiError.MESSAGE_TYPE_UNSUPPORTED);
        assertRejected(login, token(login).without(LtiClaimNames.MESSAGE_TYPE).sign(),
                LtiError.MESSAGE_TYPE_UNSUPPORTED);
    }

    @Test
    void validateWhenVersionIsNot130ThenVersionUnsupported() {
        LoginStart login = login();

        assertRejected(login, token(login).claim(LtiClaimNames.VERSION, "1.1").sign(), LtiError.VERSION_UNSUPPORTED);
        assertRejected(login, token(login).without(LtiClaimNames.VERSION).sign(), LtiError.VERSION_UNSUPPORTED);
    }

    @Test
    void validateWhenSubjectMissingThenSubjectMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without("sub").sign(), LtiError.SUBJECT_MISSING);
        assertRejected(login, token(login).subject("").sign(), LtiError.SUBJECT_MISSING);
    }

    @Test
    void validateWhenSubjectLongerThan255CharactersThenClaimInvalid() {
        LoginStart login = login();

        assertRejected(login, token(login).subject("u".repeat(256)).sign(), LtiError.CLAIM_INVALID);
    }

    @Test
    void validateWhenResourceLinkMissingOrWithoutIdThenResourceLinkMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without(LtiClaimNames.RESOURCE_LINK).sign(),
                LtiError.RESOURCE_LINK_MISSING);
        assertRejected(login, token(login).claim(LtiClaimNames.RESOURCE_LINK, Map.of("id", "")).sign(),
                LtiError.RESOURCE_LINK_MISSING);
        assertRejected(login, token(login).claim(LtiClaimNames.RESOURCE_LINK, Map.of("title", "no id")).sign(),
                LtiError.RESOURCE_LINK_MISSING);
    }

    @Test
    void validateWhenRolesMissingThenRolesMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without(LtiClaimNames.ROLES).sign(), LtiError.ROLES_MISSING);
    }

    @Test
    void validateWhenTargetLinkUriMissingThenTargetLinkUriMissing() {
        LoginStart login = login();

        assertRejected(login, token(login).without(LtiClaimNames.TARGET_LINK_URI).sign(),
                LtiError.TARGET_LINK_URI_MISSING);
    }

    @Test
    void validateWhenClaimHasWrongTypeThenClaimInvalid() {
        LoginStart login = login();

        assertRejected(login, token(login).claim(LtiClaimNames.CONTEXT, "course-1").sign(), LtiError.CLAIM_INVALID);
        assertRejected(login, token(login).claim(LtiClaimNames.ROLES, List.of(42)).sign(), LtiError.CLAIM_INVALID);
        assertRejected(login, token(login).claim(LtiClaimNames.DEPLOYMENT_ID, 1).sign(), LtiError.CLAIM_INVALID);
        assertRejected(login, token(login).without("exp").sign(), LtiError.CLAIM_INVALID);
    }

    // ---- helpers

    private void register(PlatformRegistration newRegistration) {
        registrations.save(newRegistration);
        registration = newRegistration;
    }

    private LoginStart login() {
        Map<String, String> parameters = Map.of("iss", platform.issuer(), "login_hint", "hint-1",
                "target_link_uri", TARGET, "client_id", SimulatedPlatform.CLIENT_ID,
                "lti_deployment_id", SimulatedPlatform.DEPLOYMENT_ID);
        return logins.initiate(LoginInitiationRequest.fromParameters(parameters::get));
    }

    private IdTokenBuilder token(LoginStart login) {
        return platform.idToken(TARGET, login.state().nonce(), clock.instant());
    }

    private static LaunchRequest post(LoginStart login, String idToken) {
        return new LaunchRequest(idToken, login.state().state(), Optional.of(login.browserSecret()));
    }

    private Optional<Instant> usedAt(LoginStart login) {
        return states.findNonce(login.state().nonce()).orElseThrow().usedAt();
    }

    private PlatformRegistration currentRegistration() {
        return registrations.findById(registration.id()).orElseThrow();
    }

    private void assertRejected(LoginStart login, String idToken, LtiError expected) {
        assertRejected(post(login, idToken), expected, login);
    }

    /** The request fails with {@code expected}, and afterwards the given logins are unused and nothing is recorded. */
    private void assertRejected(LaunchRequest request, LtiError expected, LoginStart... stillUnused) {
        assertThat(errorOf(() -> validator.validate(request))).isEqualTo(expected);
        for (LoginStart login : stillUnused) {
            assertThat(usedAt(login).isPresent()).as("state of %s still unused", login).isFalse();
        }
        assertThat(currentRegistration().unconfirmedDeploymentIds()).as("no deployment recorded").isEmpty();
    }
}
