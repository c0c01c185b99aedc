package org.pokot.lti.core.jwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class KeyRotationPolicyTest {

    @Test
    void defaultsWhenUsedThenNinetyDaysWithADayOfLeadAndOverlap() {
        assertThat(KeyRotationPolicy.defaults()).isEqualTo(new KeyRotationPolicy(Duration.ofDays(90),
                Duration.ofHours(24), Duration.ofHours(24), true));
    }

    @Test
    void constructorWhenLeadTimeNotShorterThanIntervalOrNegativeThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyRotationPolicy(Duration.ofDays(1),
                Duration.ofDays(1), Duration.ZERO, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyRotationPolicy(Duration.ofDays(1),
                Duration.ofHours(-1), Duration.ZERO, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyRotationPolicy(Duration.ofDays(1),
                Duration.ZERO, Duration.ofHours(-1), true));
    }
}
