package org.pokot.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;

import org.junit.jupiter.api.Test;

class LaunchPolicyTest {

    @Test
    void defaultsWhenCreatedThenSixtySecondsSkewSixtyFourKilobytesAndRsaOnly() {
        LaunchPolicy policy = LaunchPolicy.defaults();

        assertThat(policy.maxClockSkew()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.maxIdTokenBytes()).isEqualTo(64 * 1024);
        assertThat(policy.algorithms()).containsExactlyInAnyOrder(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
                JWSAlgorithm.RS512);
    }

    @Test
    void constructorWhenSkewAtMostFiveMinutesThenAccepted() {
        assertThat(LaunchPolicy.defaults().withMaxClockSkew(LaunchPolicy.MAX_CLOCK_SKEW).maxClockSkew())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(LaunchPolicy.defaults().withMaxClockSkew(Duration.ZERO).maxClockSkew()).isZero();
    }

    @Test
    void constructorWhenSkewOverFiveMinutesOrNegativeThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchPolicy.defaults()
                .withMaxClockSkew(LaunchPolicy.MAX_CLOCK_SKEW.plusSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchPolicy.defaults()
                .withMaxClockSkew(Duration.ofDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchPolicy.defaults()
                .withMaxClockSkew(Duration.ofSeconds(-1)));
    }

    @Test
    void constructorWhenHmacOrNoneAcceptedThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> policyWith(Set.of(JWSAlgorithm.HS256)));
        assertThatIllegalArgumentException().isThrownBy(() -> policyWith(Set.of(JWSAlgorithm.RS256,
                JWSAlgorithm.HS512)));
        assertThatIllegalArgumentException().isThrownBy(() -> policyWith(Set.of(JWSAlgorithm.parse("none"))));
        assertThatIllegalArgumentException().isThrownBy(() -> policyWith(Set.of()));
    }

    @Test
    void constructorWhenAsymmetricAlgorithmsThenAccepted() {
        assertThat(policyWith(Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256)).algorithms())
                .containsExactlyInAnyOrder(JWSAlgorithm.ES256, JWSAlgorithm.PS256);
    }

    @Test
    void constructorWhenSizeLimitBelowOneKilobyteThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LaunchPolicy(Duration.ofSeconds(60), 1023,
                Set.of(JWSAlgorithm.RS256)));
    }

    private static LaunchPolicy policyWith(Set<JWSAlgorithm> algorithms) {
        return new LaunchPolicy(Duration.ofSeconds(60), 64 * 1024, algorithms);
    }
}
