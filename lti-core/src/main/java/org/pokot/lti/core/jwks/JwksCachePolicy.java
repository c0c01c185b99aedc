package org.pokot.lti.core.jwks;

import java.time.Duration;
import java.util.Objects;

/**
 * How long platform keys are trusted from cache, and how often an unknown {@code kid} may force a refetch.
 *
 * @param timeToLive         a cached key set is refetched after this long
 * @param minRefreshInterval an unknown kid triggers a refetch only if the last fetch is at least this old, so a
 *                           flood of tokens with made-up kids cannot make the tool hammer the platform
 */
public record JwksCachePolicy(Duration timeToLive, Duration minRefreshInterval) {

    public JwksCachePolicy {
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
        if (minRefreshInterval.isNegative() || timeToLive.compareTo(minRefreshInterval) < 0) {
            throw new IllegalArgumentException("need 0 <= minRefreshInterval <= timeToLive");
        }
    }

    public static JwksCachePolicy defaults() {
        return new JwksCachePolicy(Duration.ofMinutes(15), Duration.ofSeconds(30));
    }
}
