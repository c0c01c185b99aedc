package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.testing.MoodleCaptures;

class ServicePlatformTest {

    @Test
    void assertionAudienceWhenNoOverrideThenTheTokenEndpoint() {
        ServicePlatform platform = ServicePlatform.of(MoodleCaptures.registration().build());

        assertThat(platform.assertionAudience()).isEqualTo("http://127.0.0.1:8081/mod/lti/token.php");
    }

    @Test
    void assertionAudienceWhenOverriddenThenTheOverride() {
        ServicePlatform platform = ServicePlatform.of(MoodleCaptures.registration().build())
                .withTokenAudience("https://lms.example/oauth2/token");

        assertThat(platform.assertionAudience()).isEqualTo("https://lms.example/oauth2/token");
    }

    @Test
    void withTokenAudienceWhenBlankThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                ServicePlatform.of(MoodleCaptures.registration().build()).withTokenAudience(" "));
    }
}
