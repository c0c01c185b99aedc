package org.pokot.lti.core.jwks;

import java.time.Duration;
import java.util.Objects;

/**
 * When the tool's signing key changes.
 *
 * @param rotationInterval how long a key signs before the schedule replaces it
 * @param leadTime         how long a next key is published before it signs: at least as long as platforms cache the
 *                         tool's key set, so that none meets a kid it has not seen
 * @param overlap          how long a replaced key stays published: longer than anything it signed stays in use
 *                         (a deep-linking response lives 10 minutes) and than other instances take to reload
 * @param scheduled        whether the schedule starts rotations; when off, only an admin does, and the steps of a
 *                         rotation already started still happen on time
 */
public record KeyRotationPolicy(Duration rotationInterval, Duration leadTime, Duration overlap, boolean scheduled) {

    public KeyRotationPolicy {
        Objects.requireNonNull(rotationInterval, "rotationInterval");
        Objects.requireNonNull(leadTime, "leadTime");
        Objects.requireNonNull(overlap, "overlap");
        if (leadTime.isNegative() || overlap.isNegative() || leadTime.compareTo(rotationInterval) >= 0) {
            throw new IllegalArgumentException("need 0 <= leadTime < rotationInterval and 0 <= overlap");
        }
    }

    public static KeyRotationPolicy defaults() {
        return new KeyRotationPolicy(Duration.ofDays(90), Duration.ofHours(24), Duration.ofHours(24), true);
    }
}
