package org.pokot.lti.core.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.pokot.lti.core.http.TransportResponse;

/**
 * Reads {@code Retry-After}: delay-seconds or an HTTP-date, turned into an instant with the caller's clock. A date in
 * the past means now; a delay over a day is capped at a day, so that a typo cannot park a score for a year.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
 */
final class RetryAfter {

    static final Duration MAX_DELAY = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Instant> parse(TransportResponse response, Instant now) {
        return response.header("Retry-After").flatMap(value -> parse(value, now));
    }

    static Optional<Instant> parse(String value, Instant now) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant at;
        if (text.chars().allMatch(Character::isDigit)) {
            long seconds;
            try {
                seconds = Long.parseLong(text);
            } catch (NumberFormatException e) {
                seconds = MAX_DELAY.getSeconds();
            }
            at = now.plusSeconds(Math.min(seconds, MAX_DELAY.getSeconds()));
        } else {
            try {
                at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (at.isBefore(now)) {
            return Optional.of(now);
        }
        Instant latest = now.plus(MAX_DELAY);
        return Optional.of(at.isAfter(latest) ? latest : at);
    }
}
