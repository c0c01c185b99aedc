package org.pokot.lti.core.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.testing.TestClock;

class LoginStateSealTest {

    private static final byte[] SECRET = "the shared secret of every instance of the tool".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = TestClock.START;

    private final LoginStateSeal seal = LoginStateSeal.derivedFrom(SECRET, new SecureRandom());

    @Test
    void openWhenSealedWithMoodlesLoginThenEveryFieldComesBack() {
        PendingLogin login = pending(moodleInitiation());
        String nonce = seal.newNonce();

        String state = seal.seal(nonce, login);

        assertThat(seal.open(state)).contains(LoginState.of(state, nonce, login));
        assertThat(state).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void openWhenOptionalParametersAbsentThenAbsentAgain() {
        LoginInitiationRequest bare = new LoginInitiationRequest(new Issuer("https://lms.example"), "user-7",
                URI.create("https://tool.example/lti/launch"), Optional.empty(), Optional.empty(), Optional.empty());
        PendingLogin login = pending(bare);
        String state = seal.seal(seal.newNonce(), login);

        assertThat(seal.open(state)).get().satisfies(opened -> {
            assertThat(opened.initiation()).isEqualTo(bare);
            assertThat(opened.issuedAt()).isEqualTo(login.issuedAt());
        });
    }

    @Test
    void openWhenSealedByAnotherInstanceWithTheSameSecretThenOpened() {
        LoginStateSeal otherInstance = LoginStateSeal.derivedFrom(SECRET.clone(), new SecureRandom());
        String nonce = seal.newNonce();
        String state = seal.seal(nonce, pending(moodleInitiation()));

        assertThat(otherInstance.open(state)).isPresent();
        assertThat(otherInstance.madeNonce(nonce)).isTrue();
    }

    @Test
    void openWhenSealedUnderAnotherSecretThenEmpty() {
        LoginStateSeal foreign = LoginStateSeal.derivedFrom("another tool's secret, just as long as ours"
                .getBytes(StandardCharsets.UTF_8), new SecureRandom());
        String nonce = foreign.newNonce();

        assertThat(seal.open(foreign.seal(nonce, pending(moodleInitiation())))).isEmpty();
        assertThat(seal.madeNonce(nonce)).isFalse();
    }

    @Test
    void openWhenSecretUsedRawInsteadOfDerivedThenEmpty() {
        // the session tokens sign with the secret itself: a value signed that way must not pass for a state
        LoginStateSeal raw = new LoginStateSeal(SECRET, new SecureRandom());

        assertThat(seal.open(raw.seal(raw.newNonce(), pending(moodleInitiation())))).isEmpty();
    }

    @Test
    void openWhenPayloadAlteredThenEmpty() {
        PendingLogin login = pending(moodleInitiation());
        String state = seal.seal(seal.newNonce(), login);
        String payload = state.substring(0, state.indexOf('.'));
        byte[] bytes = Base64.getUrlDecoder().decode(payload);
        String json = new String(bytes, StandardCharsets.ISO_8859_1).replace("learner-4", "teacher-4");
        String altered = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.ISO_8859_1)) + state.substring(state.indexOf('.'));

        assertThat(altered).isNotEqualTo(state);
        assertThat(seal.open(altered)).isEmpty();
    }

    @Test
    void openWhenTagOfAnotherStateThenEmpty() {
        String first = seal.seal(seal.newNonce(), pending(moodleInitiation()));
        String second = seal.seal(seal.newNonce(), pending(moodleInitiation()));

        String swapped = first.substring(0, first.indexOf('.')) + second.substring(second.indexOf('.'));

        assertThat(seal.open(swapped)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "a.b.c", "!!!.???", "c3RhdGU.dGFn"})
    void openWhenNotASealedStateThenEmpty(String value) {
        assertThat(seal.open(value)).isEmpty();
    }

    @Test
    void openWhenLongerThanTheLimitThenEmptyWithoutDecoding() {
        String huge = "A".repeat(LoginStateSeal.MAX_STATE_LENGTH) + ".AAAA";

        assertThat(seal.open(huge)).isEmpty();
        assertThat(seal.open(null)).isEmpty();
    }

    @Test
    void madeNonceWhenNewNonceThenTrueAndEachNonceDiffers() {
        String first = seal.newNonce();
        String second = seal.newNonce();

        assertThat(seal.madeNonce(first)).isTrue();
        assertThat(seal.madeNonce(second)).isTrue();
        assertThat(first).isNotEqualTo(second).hasSize(43);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nonce-never-issued", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%%%"})
    void madeNonceWhenNotMadeHereThenFalse(String nonce) {
        assertThat(seal.madeNonce(nonce)).isFalse();
    }

    @Test
    void madeNonceWhenOneCharacterChangedThenFalse() {
        String nonce = seal.newNonce();
        char last = nonce.charAt(0);
        String altered = (last == 'A' ? 'B' : 'A') + nonce.substring(1);

        assertThat(seal.madeNonce(altered)).isFalse();
    }

    @Test
    void madeNonceWhenGivenAStateTagThenFalse() {
        String state = seal.seal(seal.newNonce(), pending(moodleInitiation()));

        assertThat(seal.madeNonce(state.substring(state.indexOf('.') + 1))).isFalse();
    }

    @Test
    void toStringWhenPrintedThenNoKey() {
        assertThat(seal.toString()).isEqualTo("LoginStateSeal[HmacSHA256]");
    }

    private static PendingLogin pending(LoginInitiationRequest initiation) {
        return new PendingLogin(new RegistrationId("reg-moodle"), initiation, LoginState.hash("browser-secret-0123"),
                NOW.plusNanos(123_456_789), NOW.plus(Duration.ofMinutes(10)));
    }

    private static LoginInitiationRequest moodleInitiation() {
        return LoginInitiationRequest.fromParameters(Map.of(
                "iss", "http://127.0.0.1:8081", "login_hint", "learner-4",
                "target_link_uri", "http://localhost:9090/lti/launch",
                "lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}",
                "client_id", "22jxBNLgJMEsf4N", "lti_deployment_id", "1")::get);
    }

    @Test
    void openWhenClientAndDeploymentGivenThenTyped() {
        String state = seal.seal(seal.newNonce(), pending(moodleInitiation()));

        LoginInitiationRequest initiation = seal.open(state).orElseThrow().initiation();

        assertThat(initiation.clientId()).contains(new ClientId("22jxBNLgJMEsf4N"));
        assertThat(initiation.deploymentId()).contains(new DeploymentId("1"));
        assertThat(initiation.ltiMessageHint()).contains("{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}");
    }
}
