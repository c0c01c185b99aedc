package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.oidc.InMemoryLoginStateStore;
import org.pokot.lti.core.oidc.LoginInitiationRequest;
import org.pokot.lti.core.oidc.LoginState;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.testing.TestClock;

class CachingLoginStateStoreTest {

    private final TestClock clock = TestClock.atStart();
    private final CountingStore database = new CountingStore();
    private final CachingLoginStateStore store = new CachingLoginStateStore(database, clock);

    @Test
    void findByStateWhenIssuedHereThenAnsweredWithoutTheDatabase() {
        LoginState state = state("s-1");
        store.save(state);

        assertThat(store.findByState("s-1")).contains(state);
        assertThat(database.finds).hasValue(0);
        assertThat(database.delegate.findByState("s-1")).contains(state);
    }

    @Test
    void markUsedWhenAlreadyUsedElsewhereThenRefusedByTheDatabase() {
        store.save(state("s-1"));
        database.delegate.markUsed("s-1", clock.instant()); // another instance's launch, or a replay racing this one

        assertThat(store.markUsed("s-1", clock.instant())).isFalse();
        assertThat(store.findByState("s-1")).get().satisfies(s -> assertThat(s.isUsed()).isTrue());
        assertThat(database.finds).hasValue(1);
    }

    @Test
    void findByStateWhenUsedThenTheDatabaseTellsWhen() {
        store.save(state("s-1"));

        assertThat(store.markUsed("s-1", clock.instant())).isTrue();

        assertThat(store.findByState("s-1")).get().satisfies(s -> assertThat(s.usedAt()).contains(clock.instant()));
        assertThat(store.held()).isZero();
    }

    @Test
    void findByStateWhenIssuedByAnotherInstanceThenReadFromTheDatabase() {
        database.delegate.save(state("elsewhere"));

        assertThat(store.findByState("elsewhere")).isPresent();
        assertThat(store.findByState("unknown")).isEmpty();
        assertThat(database.finds).hasValue(2);
    }

    @Test
    void saveWhenFullThenExpiredStatesMakeRoomAndBeyondThatOnlyTheDatabaseHoldsThem() {
        for (int i = 0; i < CachingLoginStateStore.MAX_STATES; i++) {
            store.save(state("old-" + i));
        }
        store.save(state("one-too-many"));
        assertThat(store.held()).isEqualTo(CachingLoginStateStore.MAX_STATES);
        assertThat(store.findByState("one-too-many")).isPresent();
        assertThat(database.finds).hasValue(1);

        clock.advance(Duration.ofMinutes(11));
        store.save(state("fresh"));

        assertThat(store.held()).isEqualTo(1);
        assertThat(store.findByState("fresh")).isPresent();
        assertThat(database.finds).hasValue(1);
    }

    @Test
    void purgeExpiredWhenRunThenDropsThemFromMemoryToo() {
        store.save(state("s-1"));
        clock.advance(Duration.ofMinutes(11));

        assertThat(store.purgeExpired(clock.instant())).isEqualTo(1);
        assertThat(store.held()).isZero();
        assertThat(store.findByState("s-1")).isEmpty();
    }

    private LoginState state(String value) {
        Instant now = clock.instant();
        return new LoginState(value, "nonce-" + value, new RegistrationId("reg"),
                new LoginInitiationRequest(new Issuer("https://lms.example.org"), "user-1",
                        URI.create("https://tool.example.org/lti/launch"), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                LoginState.hash("browser"), now, now.plus(Duration.ofMinutes(10)), Optional.empty());
    }

    /** The database, counting the lookups by state that reach it. */
    private static final class CountingStore implements LoginStateStore {

        final InMemoryLoginStateStore delegate = new InMemoryLoginStateStore();
        final AtomicInteger finds = new AtomicInteger();

        @Override
        public void save(LoginState state) {
            delegate.save(state);
        }

        @Override
        public Optional<LoginState> findByState(String state) {
            finds.incrementAndGet();
            return delegate.findByState(state);
        }

        @Override
        public Optional<LoginState> findByNonce(String nonce) {
            return delegate.findByNonce(nonce);
        }

        @Override
        public boolean markUsed(String state, Instant usedAt) {
            return delegate.markUsed(state, usedAt);
        }

        @Override
        public int purgeExpired(Instant before) {
            return delegate.purgeExpired(before);
        }
    }
}
