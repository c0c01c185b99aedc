package org.pokot.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.jwks.ToolKeyChange.KeyRetired;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyActivated;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyPublished;
import org.pokot.lti.core.testing.TestClock;

/** Rotation with overlap, on a clock that moves only when told. Each rotation generates a real 2048-bit key. */
class ToolKeyRotationTest {

    static final KeyRotationPolicy POLICY = KeyRotationPolicy.defaults(); // 90 d, lead 24 h, overlap 24 h
    static final Duration LEAD = POLICY.leadTime();
    static final Duration OVERLAP = POLICY.overlap();

    final TestClock clock = TestClock.atStart();
    final AtomicInteger counter = new AtomicInteger();
    final IdGenerator ids = () -> "kid-" + counter.incrementAndGet();
    final InMemoryToolKeyStore shared = new InMemoryToolKeyStore();
    final ToolKeys keys = new ToolKeys(shared, ids, clock);
    final ToolKeyRotation rotation = new ToolKeyRotation(keys, POLICY, clock);

    @Test
    void beginWhenCalledThenNextKeyPublishedAtOnceButSignsOnlyAfterTheLeadTime() {
        String first = keys.signingKey().kid();

        NextKeyPublished published = rotation.begin().orElseThrow();

        assertThat(published.signsFrom()).isEqualTo(TestClock.START.plus(LEAD));
        assertThat(kids()).containsExactlyInAnyOrder(first, published.kid());
        assertThat(keys.signer().kid()).as("published, not signing").isEqualTo(first);

        clock.advance(LEAD.minusSeconds(1));
        assertThat(rotation.advance()).isEmpty();
        assertThat(keys.signer().kid()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(rotation.advance()).containsExactly(
                new NextKeyActivated(published.kid(), first, clock.instant().plus(OVERLAP)));
        assertThat(keys.signer().kid()).isEqualTo(published.kid());
        assertThat(kids()).as("the replaced key stays published").containsExactlyInAnyOrder(first, published.kid());
        assertThat(status(first)).isEqualTo(ToolKeyStatus.PREVIOUS);
    }

    @Test
    void advanceWhenOverlapHasPassedThenReplacedKeyRetiredAndNoLongerPublished() {
        String first = keys.signingKey().kid();
        String second = rotation.begin().orElseThrow().kid();
        clock.advance(LEAD);
        rotation.advance();

        clock.advance(OVERLAP.minusSeconds(1));
        assertThat(rotation.advance()).isEmpty();
        assertThat(kids()).contains(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(rotation.advance()).containsExactly(new KeyRetired(first));
        assertThat(kids()).containsExactly(second);
        assertThat(status(first)).isEqualTo(ToolKeyStatus.RETIRED);
    }

    @Test
    void beginWhenNextKeyAlreadyPublishedThenNothingNew() {
        String next = rotation.begin().orElseThrow().kid();

        assertThat(rotation.begin()).isEmpty();

        assertThat(keys.all()).filteredOn(k -> k.status() == ToolKeyStatus.NEXT).extracting(ToolKey::kid)
                .containsExactly(next);
    }

    @Test
    void advanceWhenScheduledThenEverySigningKeyWasPublishedALeadTimeBeforeAndStaysForTheOverlap() {
        Map<Instant, String> signedBy = new TreeMap<>();
        Map<Instant, Set<String>> publishedAt = new TreeMap<>();
        List<ToolKeyChange> steps = new ArrayList<>();
        Duration step = Duration.ofHours(1);
        for (Instant end = TestClock.START.plus(Duration.ofDays(200)); clock.instant().isBefore(end); clock.advance(step)) {
            steps.addAll(rotation.advance());
            signedBy.put(clock.instant(), keys.signer().kid());
            publishedAt.put(clock.instant(), kids());
        }

        assertThat(steps).filteredOn(NextKeyPublished.class::isInstance).hasSize(2);
        assertThat(new HashSet<>(signedBy.values())).hasSize(3);
        // the first rotation starts a lead time before the interval is over, and the key changes on the day
        assertThat(steps.get(0)).isEqualTo(new NextKeyPublished("kid-2", TestClock.START.plus(POLICY.rotationInterval())));
        assertThat(signedBy.get(TestClock.START.plus(POLICY.rotationInterval()).minus(step))).isEqualTo("kid-1");
        assertThat(signedBy.get(TestClock.START.plus(POLICY.rotationInterval()))).isEqualTo("kid-2");
        signedBy.forEach((at, kid) -> {
            Instant earlier = at.minus(LEAD);
            if (!earlier.isBefore(TestClock.START)) {
                assertThat(publishedAt.get(earlier)).as("%s signing at %s was published at %s", kid, at, earlier)
                        .contains(kid);
            }
            for (Instant later = at; later.isBefore(at.plus(OVERLAP)) && publishedAt.containsKey(later);
                    later = later.plus(step)) {
                assertThat(publishedAt.get(later)).as("%s signed at %s, still published at %s", kid, at, later)
                        .contains(kid);
            }
        });
        assertThat(publishedAt.values()).allSatisfy(published -> assertThat(published).hasSizeBetween(1, 2));
    }

    @Test
    void advanceWhenScheduleOffThenNoRotationStartsButOneStartedByHandCompletes() {
        ToolKeyRotation byHandOnly = new ToolKeyRotation(keys, new KeyRotationPolicy(POLICY.rotationInterval(), LEAD,
                OVERLAP, false), clock);
        String first = keys.signingKey().kid();
        clock.advance(Duration.ofDays(365));

        assertThat(byHandOnly.advance()).isEmpty();
        assertThat(byHandOnly.nextScheduledRotation()).isEmpty();

        String next = byHandOnly.begin().orElseThrow().kid();
        clock.advance(LEAD);
        assertThat(byHandOnly.advance()).extracting(ToolKeyChange::kid).containsExactly(next);
        clock.advance(OVERLAP);
        assertThat(byHandOnly.advance()).containsExactly(new KeyRetired(first));
    }

    @Test
    void advanceWhenTwoInstancesDecideTheSameStepAtOnceThenOnlyOneMakesIt() {
        RacingStore storeOfA = new RacingStore(shared);
        ToolKeys instanceA = new ToolKeys(storeOfA, ids, clock);
        ToolKeyRotation rotationA = new ToolKeyRotation(instanceA, POLICY, clock);
        ToolKeyRotation rotationB = new ToolKeyRotation(new ToolKeys(shared, ids, clock), POLICY, clock);
        instanceA.signingKey();
        clock.advance(POLICY.rotationInterval().minus(LEAD));
        AtomicReference<List<ToolKeyChange>> stepsOfB = new AtomicReference<>();
        // B reads the same keys as A and writes first, between A's read and A's write
        storeOfA.beforeNextUpdate(() -> stepsOfB.set(rotationB.advance()));

        List<ToolKeyChange> stepsOfA = rotationA.advance();

        assertThat(stepsOfA).isEmpty();
        assertThat(stepsOfB.get()).hasSize(1).first().isInstanceOf(NextKeyPublished.class);
        assertThat(shared.load().keys()).filteredOn(k -> k.status() == ToolKeyStatus.NEXT).hasSize(1);
        assertThat(instanceA.publicJwks().getKeys()).as("A reloaded B's key").hasSize(2);

        clock.advance(LEAD);
        storeOfA.beforeNextUpdate(() -> stepsOfB.set(rotationB.advance()));
        assertThat(rotationA.advance()).isEmpty();
        assertThat(stepsOfB.get()).hasSize(1).first().isInstanceOf(NextKeyActivated.class);
        assertThat(shared.load().keys()).filteredOn(k -> k.status() == ToolKeyStatus.ACTIVE).hasSize(1);
        assertThat(instanceA.signer().kid()).isEqualTo(stepsOfB.get().get(0).kid());
    }

    @Test
    void beginWhenAnotherInstanceStartsARotationMeanwhileThenOnlyItsKeyIsNext() {
        RacingStore storeOfA = new RacingStore(shared);
        ToolKeyRotation rotationA = new ToolKeyRotation(new ToolKeys(storeOfA, ids, clock), POLICY, clock);
        ToolKeyRotation rotationB = new ToolKeyRotation(new ToolKeys(shared, ids, clock), POLICY, clock);
        keys.signingKey();
        AtomicReference<Optional<NextKeyPublished>> ofB = new AtomicReference<>();
        storeOfA.beforeNextUpdate(() -> ofB.set(rotationB.begin()));

        assertThat(rotationA.begin()).isEmpty();

        assertThat(ofB.get()).isPresent();
        assertThat(shared.load().keys()).filteredOn(k -> k.status() == ToolKeyStatus.NEXT).extracting(ToolKey::kid)
                .containsExactly(ofB.get().get().kid());
    }

    @Test
    void publishedWhenRotatingThenEachKeySaysWhenItChangesAndNothingElse() {
        String first = keys.signingKey().kid();
        assertThat(rotation.nextScheduledRotation())
                .contains(TestClock.START.plus(POLICY.rotationInterval()).minus(LEAD));
        String next = rotation.begin().orElseThrow().kid();

        List<ToolKeyView> views = rotation.published();

        assertThat(views).extracting(ToolKeyView::kid, ToolKeyView::status, ToolKeyView::nextChangeAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(next, ToolKeyStatus.NEXT, Optional.of(TestClock.START.plus(LEAD))),
                org.assertj.core.groups.Tuple.tuple(first, ToolKeyStatus.ACTIVE, Optional.of(TestClock.START.plus(LEAD))));
        assertThat(rotation.nextScheduledRotation()).as("one rotation at a time").isEmpty();
        clock.advance(LEAD);
        rotation.advance();
        assertThat(rotation.published()).extracting(ToolKeyView::status, ToolKeyView::nextChangeAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ToolKeyStatus.ACTIVE,
                        Optional.of(clock.instant().plus(POLICY.rotationInterval()))),
                org.assertj.core.groups.Tuple.tuple(ToolKeyStatus.PREVIOUS, Optional.of(clock.instant().plus(OVERLAP))));
    }

    private Set<String> kids() {
        Set<String> kids = new HashSet<>();
        for (JWK key : keys.publicJwks().getKeys()) {
            kids.add(key.getKeyID());
        }
        return kids;
    }

    private ToolKeyStatus status(String kid) {
        return keys.all().stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow().status();
    }

    /** A store that lets something happen between an instance's read and its write, as a second instance may. */
    static final class RacingStore implements ToolKeyStore {

        private final ToolKeyStore delegate;
        private Runnable beforeNextUpdate = () -> { };

        RacingStore(ToolKeyStore delegate) {
            this.delegate = delegate;
        }

        void beforeNextUpdate(Runnable action) {
            this.beforeNextUpdate = action;
        }

        @Override
        public ToolKeySnapshot load() {
            return delegate.load();
        }

        @Override
        public boolean update(long expectedVersion, List<ToolKey> changed) {
            Runnable action = beforeNextUpdate;
            beforeNextUpdate = () -> { };
            action.run();
            return delegate.update(expectedVersion, changed);
        }
    }
}
