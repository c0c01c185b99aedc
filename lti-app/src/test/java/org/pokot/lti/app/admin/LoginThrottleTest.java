package org.pokot.lti.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.testing.TestClock;

class LoginThrottleTest {

    TestClock clock = TestClock.atStart();
    LoginThrottle throttle = new LoginThrottle(properties(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), clock);

    @Test
    void isLockedWhenFewerFailuresThanTheLimitThenNot() {
        fail("admin", "10.0.0.1", 2);

        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
    }

    @Test
    void isLockedWhenLimitReachedThenNameAndAddressLockedUntilTheLockEnds() {
        fail("admin", "10.0.0.1", 3);

        assertThat(throttle.isLocked("ADMIN", "10.0.0.9")).as("the name, in any case").isTrue();
        assertThat(throttle.isLocked("other", "10.0.0.1")).as("the address").isTrue();
        assertThat(throttle.isLocked("other", "10.0.0.9")).isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
    }

    @Test
    void isLockedWhenFailingAgainAfterALockThenLockDoublesUpToTheMaximum() {
        fail("admin", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(61));
        fail("admin", "10.0.0.1", 1);

        clock.advance(Duration.ofSeconds(110));
        assertThat(throttle.isLocked("admin", "10.0.0.1")).as("2 minutes now").isTrue();
        clock.advance(Duration.ofSeconds(11));
        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
        for (int i = 0; i < 10; i++) {
            fail("admin", "10.0.0.1", 1);
            clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        }
        fail("admin", "10.0.0.1", 1);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.isLocked("admin", "10.0.0.1")).as("capped at 10 minutes").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
    }

    @Test
    void failedWhenSuccessInBetweenThenNameCountRestartsButAddressCountDoesNot() {
        fail("admin", "10.0.0.1", 2);
        throttle.succeeded("admin");
        fail("admin", "10.0.0.1", 1);

        assertThat(throttle.isLocked("admin", "10.0.0.2")).isFalse();
        assertThat(throttle.isLocked("someone", "10.0.0.1")).isTrue();
    }

    @Test
    void failedWhenQuietForTheMaximumLockThenForgotten() {
        fail("admin", "10.0.0.1", 2);
        clock.advance(Duration.ofMinutes(11));
        fail("admin", "10.0.0.1", 1);

        assertThat(throttle.isLocked("admin", "10.0.0.1")).isFalse();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    private static LtiProperties properties(int maxFailures, Duration lockout, Duration maxLockout) {
        return new LtiProperties(null, null, null, null, null, null, null,
                new LtiProperties.Admin("admin", null, Duration.ofMinutes(30),
                        new LtiProperties.Admin.LoginAttempts(maxFailures, lockout, maxLockout), null, null),
                null, null, null, List.of());
    }
}
