package org.pokot.lti.core.jwks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.jwks.ToolKeyChange.KeyRetired;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyActivated;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyPublished;

/**
 * Rotation with overlap: a next key is published {@link KeyRotationPolicy#leadTime()} before it signs, then
 * replaces the active key, which stays published for {@link KeyRotationPolicy#overlap()} and is then retired.
 * Every step is a compare-and-set on the stored key set: run {@link #advance()} on every instance, and each step
 * still happens once.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#key-rotation">Security Framework §6.1</a>
 */
public final class ToolKeyRotation {

    private static final int ATTEMPTS = 3;

    private final ToolKeys keys;
    private final KeyRotationPolicy policy;
    private final Clock clock;

    public ToolKeyRotation(ToolKeys keys, KeyRotationPolicy policy, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a rotation now, as an admin asks: publishes a next key, which signs once the lead time has passed.
     *
     * @return the key published; empty when a next key is already published (one rotation at a time)
     */
    public Optional<NextKeyPublished> begin() {
        keys.signingKey(); // the first key exists before any next one
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ToolKeySnapshot snapshot = keys.snapshot();
            if (next(snapshot).isPresent()) {
                return Optional.empty();
            }
            ToolKey next = keys.generate(ToolKeyStatus.NEXT);
            if (keys.apply(snapshot.version(), List.of(next))) {
                return Optional.of(new NextKeyPublished(next.kid(), next.since().plus(policy.leadTime())));
            }
        }
        throw new IllegalStateException("the tool keys kept changing while starting a rotation");
    }

    /**
     * Makes the steps that are due: a next key past its lead time starts signing, previous keys past the overlap
     * are retired, and (when scheduled) a key that has signed for the rotation interval less the lead time gets
     * its next key. Reloads the keys, so this also picks up what other instances did.
     *
     * @return the steps this call made; empty when nothing was due or another instance made them first
     */
    public List<ToolKeyChange> advance() {
        keys.signingKey();
        ToolKeySnapshot snapshot = keys.snapshot();
        Instant now = clock.instant();
        List<ToolKey> changed = new ArrayList<>();
        List<ToolKeyChange> steps = new ArrayList<>();
        Optional<ToolKey> active = active(snapshot);
        Optional<ToolKey> next = next(snapshot);
        if (next.isPresent() && !now.isBefore(signsFrom(next.get()))) {
            changed.add(next.get().withStatus(ToolKeyStatus.ACTIVE, now));
            active.ifPresent(a -> changed.add(a.withStatus(ToolKeyStatus.PREVIOUS, now)));
            steps.add(new NextKeyActivated(next.get().kid(), active.map(ToolKey::kid).orElse(""),
                    now.plus(policy.overlap())));
        } else if (next.isEmpty() && active.isPresent() && scheduledRotationAt(active.get())
                .filter(at -> !now.isBefore(at)).isPresent()) {
            ToolKey published = keys.generate(ToolKeyStatus.NEXT);
            changed.add(published);
            steps.add(new NextKeyPublished(published.kid(), signsFrom(published)));
        }
        for (ToolKey previous : snapshot.keys()) {
            if (previous.status() == ToolKeyStatus.PREVIOUS && !now.isBefore(retiresAt(previous))) {
                changed.add(previous.withStatus(ToolKeyStatus.RETIRED, now));
                steps.add(new KeyRetired(previous.kid()));
            }
        }
        if (changed.isEmpty()) {
            keys.reload();
            return List.of();
        }
        // a lost race means another instance made these very steps: nothing left to do here
        return keys.apply(snapshot.version(), changed) ? List.copyOf(steps) : List.of();
    }

    /** The published keys, next first, with when each changes; no key material. */
    public List<ToolKeyView> published() {
        ToolKeySnapshot snapshot = keys.snapshot();
        Optional<ToolKey> next = next(snapshot);
        return snapshot.keys().stream().filter(k -> k.status().isPublished())
                .sorted(Comparator.comparing(ToolKey::status).thenComparing(ToolKey::createdAt, Comparator.reverseOrder()))
                .map(k -> new ToolKeyView(k.kid(), k.createdAt(), k.status(), k.since(), nextChange(k, next)))
                .toList();
    }

    /** When the schedule will publish the next key; empty while one is published or when not scheduled. */
    public Optional<Instant> nextScheduledRotation() {
        ToolKeySnapshot snapshot = keys.snapshot();
        if (next(snapshot).isPresent()) {
            return Optional.empty();
        }
        return active(snapshot).flatMap(this::scheduledRotationAt);
    }

    private Optional<Instant> nextChange(ToolKey key, Optional<ToolKey> next) {
        switch (key.status()) {
            case NEXT:
                return Optional.of(signsFrom(key));
            case ACTIVE:
                return next.isPresent() ? next.map(this::signsFrom)
                        : scheduledRotationAt(key).map(at -> at.plus(policy.leadTime()));
            case PREVIOUS:
                return Optional.of(retiresAt(key));
            default:
                return Optional.empty();
        }
    }

    private Optional<Instant> scheduledRotationAt(ToolKey active) {
        return policy.scheduled()
                ? Optional.of(active.since().plus(policy.rotationInterval()).minus(policy.leadTime()))
                : Optional.empty();
    }

    private Instant signsFrom(ToolKey next) {
        return next.since().plus(policy.leadTime());
    }

    private Instant retiresAt(ToolKey previous) {
        return previous.since().plus(policy.overlap());
    }

    private static Optional<ToolKey> active(ToolKeySnapshot snapshot) {
        return snapshot.keys().stream().filter(k -> k.status() == ToolKeyStatus.ACTIVE)
                .max(Comparator.comparing(ToolKey::createdAt));
    }

    private static Optional<ToolKey> next(ToolKeySnapshot snapshot) {
        return snapshot.keys().stream().filter(k -> k.status() == ToolKeyStatus.NEXT)
                .min(Comparator.comparing(ToolKey::createdAt));
    }
}
