package org.pokot.lti.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.pokot.lti.app.config.LtiProperties;

/**
 * Counts failed console logins per user name and per client address. After {@code maxFailures} in a row the name
 * (or the address) is locked for {@code lockout}, and each further failure doubles the lock up to
 * {@code maxLockout}. A success clears the user name's count only, so that one known account cannot be used to
 * reset an address that is guessing others.
 * <p>
 * In memory, per instance: several instances behind a load balancer each allow their own {@code maxFailures}.
 */
@Component
public class LoginThrottle {

    /** Bounds the memory an address-rotating attacker can make us use; expired entries go first. */
    private static final int MAX_ENTRIES = 10_000;

    private final LtiProperties.Admin.LoginAttempts settings;
    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LtiProperties properties, Clock clock) {
        this.settings = properties.admin().loginAttempts();
        this.clock = clock;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(byUser.get(userKey(username)), now) || locked(byAddress.get(address), now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        prune(byUser, now);
        prune(byAddress, now);
        byUser.compute(userKey(username), (k, f) -> next(f, now));
        byAddress.compute(address, (k, f) -> next(f, now));
    }

    public void succeeded(String username) {
        byUser.remove(userKey(username));
    }

    private Failures next(Failures previous, Instant now) {
        int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
        if (count < settings.maxFailures()) {
            return new Failures(count, now, now);
        }
        int doublings = Math.min(count - settings.maxFailures(), 20);
        Duration lock = settings.lockout().multipliedBy(1L << doublings);
        return new Failures(count, now,
                now.plus(lock.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lock));
    }

    private static boolean locked(Failures failures, Instant now) {
        return failures != null && now.isBefore(failures.lockedUntil());
    }

    /** Failures are forgotten {@code maxLockout} after the last one, or after the lock it caused ended. */
    private boolean forgotten(Failures failures, Instant now) {
        Instant end = failures.lockedUntil().isAfter(failures.last()) ? failures.lockedUntil() : failures.last();
        return now.isAfter(end.plus(settings.maxLockout()));
    }

    private void prune(Map<String, Failures> failures, Instant now) {
        if (failures.size() >= MAX_ENTRIES) {
            failures.values().removeIf(f -> !locked(f, now));
        }
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear();
        }
    }

    private static String userKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
