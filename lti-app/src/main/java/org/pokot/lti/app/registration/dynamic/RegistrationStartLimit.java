package org.pokot.lti.app.registration.dynamic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * How many registrations one client address may start in a period. The registration URL needs no login and each
 * start makes the tool fetch the URL the request names, so without a limit it would fetch for anyone as often as
 * they like. A fixed window per address, in memory per instance (a limit, not an account of who did what).
 */
@Component
class RegistrationStartLimit {

    /** Bounds the memory an address-rotating client can make the tool use; windows that ended go first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int starts;
    private final Duration period;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RegistrationStartLimit(LtiProperties properties, Clock clock) {
        this.starts = properties.dynamicRegistration().startsPerAddress();
        this.period = properties.dynamicRegistration().startsPeriod();
        this.clock = clock;
    }

    private record Window(Instant start, int count) {
    }

    /** Counts a start from {@code address}, or refuses it when the address used up its window. */
    void acquire(String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(period)));
        }
        Window window = windows.compute(address, (a, w) -> w == null || !now.isBefore(w.start().plus(period))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() > starts) {
            throw new LtiException(LtiError.DYNAMIC_REGISTRATION_RATE_LIMITED, starts + " registrations were "
                    + "started from this address since " + window.start() + "; try again after "
                    + window.start().plus(period));
        }
    }
}
