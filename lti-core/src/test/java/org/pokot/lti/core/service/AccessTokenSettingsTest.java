package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AccessTokenSettingsTest {

    @Test
    void defaultsWhenCreatedThenShortAssertionAndSixtySecondMargin() {
        AccessTokenSettings settings = AccessTokenSettings.defaults();

        assertThat(settings.assertionLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.refreshMargin()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void constructorWhenAssertionLifetimeTooLongOrZeroThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new AccessTokenSettings(Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new AccessTokenSettings(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1)));
    }
}
