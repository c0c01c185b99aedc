package org.pokot.lti.core.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.testing.TestClock;

class SealedLoginStateStoreTest {

    private static final Instant NOW = TestClock.START;
    private static final Duration TTL = Duration.ofMinutes(10);

    private final InMemoryNonceLedger ledger = new InMemoryNonceLedger();
    private final SealedLoginStateStore store = new SealedLoginStateStore(LoginStateSeal.derivedFrom(
            "a secret shared by the instances".getBytes(StandardCharsets.UTF_8), new SecureRandom()), ledger);

    @Test
    void issueWhenLoginStartsThenNothingIsWrittenAndTheStateOpensAgain() {
        LoginState issued = store.issue(pending());

        assertThat(ledger.size()).isZero();
        assertThat(store.findByState(issued.state())).contains(issued);
        assertThat(store.findNonce(issued.nonce())).contains(LoginStateStore.IssuedNonce.UNUSED);
    }

    @Test
    void markUsedWhenTwiceThenOnlyTheFirstAndTheUseIsKnownByNonce() {
        LoginState issued = store.issue(pending());

        assertThat(store.markUsed(issued, NOW.plusSeconds(3))).isTrue();
        assertThat(store.markUsed(issued, NOW.plusSeconds(4))).isFalse();

        assertThat(store.findNonce(issued.nonce())).get()
                .satisfies(nonce -> assertThat(nonce.usedAt()).contains(NOW.plusSeconds(3)));
        assertThat(store.findByState(issued.state())).as("the state still opens: use is the ledger's").isPresent();
    }

    @Test
    void findNonceWhenNotIssuedHereThenEmpty() {
        assertThat(store.findNonce("nonce-of-someone-else")).isEmpty();
    }

    @Test
    void findByStateWhenUnknownThenEmpty() {
        assertThat(store.findByState("state-of-someone-else")).isEmpty();
    }

    @Test
    void purgeExpiredWhenStateExpiredOnlyJustThenUseKeptForTheMargin() {
        LoginState issued = store.issue(pending());
        store.markUsed(issued, NOW.plusSeconds(1));
        Instant expiry = issued.expiresAt();

        assertThat(store.purgeExpired(expiry.plusSeconds(1))).isZero();
        assertThat(store.purgeExpired(expiry.plus(SealedLoginStateStore.PURGE_MARGIN).plusSeconds(1))).isEqualTo(1);
        assertThat(store.findNonce(issued.nonce())).contains(LoginStateStore.IssuedNonce.UNUSED);
    }

    private static PendingLogin pending() {
        LoginInitiationRequest initiation = new LoginInitiationRequest(new Issuer("https://lms.example"), "user-7",
                URI.create("https://tool.example/lti/launch"), Optional.of("hint"), Optional.empty(),
                Optional.empty());
        return new PendingLogin(new RegistrationId("reg-1"), initiation, LoginState.hash("browser-secret-0123"), NOW,
                NOW.plus(TTL));
    }
}
