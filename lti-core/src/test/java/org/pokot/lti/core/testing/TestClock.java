package org.pokot.lti.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until a test moves it: for TTLs, refresh intervals and expiry without sleeping.
 * Starts at {@link #START} unless told otherwise.
 */
public final class TestClock extends Clock {

    /** The instant every core test starts at, as the house style prescribes. */
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
    }

    public static TestClock atStart() {
        return new TestClock(START);
    }

    public static TestClock at(Instant instant) {
        return new TestClock(instant);
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public TestClock set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("a TestClock is UTC only");
    }
}
