package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.testing.TestClock;

class RetryAfterTest {

    private static final Instant NOW = TestClock.START;

    @Test
    void parseWhenDelaySecondsThenNowPlusThem() {
        assertThat(RetryAfter.parse(" 120 ", NOW)).hasValue(NOW.plusSeconds(120));
    }

    @Test
    void parseWhenHttpDateThenThatInstant() {
        assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:05:00 GMT", NOW)).hasValue(NOW.plusSeconds(300));
    }

    @Test
    void parseWhenDateInThePastThenNow() {
        assertThat(RetryAfter.parse("Tue, 31 Dec 2024 23:00:00 GMT", NOW)).hasValue(NOW);
    }

    @Test
    void parseWhenDelayOverADayThenCappedAtADay() {
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).hasValue(NOW.plus(Duration.ofDays(1)));
        assertThat(RetryAfter.parse("864000", NOW)).hasValue(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void parseWhenNeitherFormThenEmpty() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }
}
