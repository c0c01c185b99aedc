package org.pokot.lti.core.launch;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * Limits of id_token validation.
 *
 * @param maxClockSkew    leeway on exp, iat and nbf; bounded to {@link #MAX_CLOCK_SKEW} so that a configuration
 *                        slip cannot accept day-old tokens
 * @param maxIdTokenBytes tokens longer than this are refused before any parsing
 * @param algorithms      accepted JWS algorithms: asymmetric only, never {@code none} or HMAC
 */
public record LaunchPolicy(Duration maxClockSkew, int maxIdTokenBytes, Set<JWSAlgorithm> algorithms) {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public LaunchPolicy {
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        if (maxClockSkew.isNegative() || maxClockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("maxClockSkew must be between 0 and " + MAX_CLOCK_SKEW);
        }
        if (maxIdTokenBytes < 1024) {
            throw new IllegalArgumentException("maxIdTokenBytes must be at least 1024");
        }
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one algorithm must be accepted");
        }
        for (JWSAlgorithm algorithm : algorithms) {
            if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)) {
                throw new IllegalArgumentException(algorithm + " is not an asymmetric signature algorithm");
            }
        }
    }

    public static LaunchPolicy defaults() {
        return new LaunchPolicy(Duration.ofSeconds(60), 64 * 1024,
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512));
    }

    public LaunchPolicy withMaxClockSkew(Duration skew) {
        return new LaunchPolicy(skew, maxIdTokenBytes, algorithms);
    }
}
