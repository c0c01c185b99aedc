package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.testing.MoodleCaptures;

class ServicePlatformTest {

    @Test
    void assertionAudienceWhenNoOverrideThenTheTokenEndpoint() {
        ServicePlatform platform = ServicePlatform.of(MoodleCaptures.registration().build());

        assertThat(platform.assertionAudience()).isEqualTo("http://127.0.0.1:8081/mod/lti/token.php");
    }

    @Test
    void assertionAudienceWhenOverriddenThenTheOverride() {
        ServicePlatform platform = ServicePlatform.of(MoodleCaptures.registration()
                .tokenAudience("https://lms.example/oauth2/token").build());

        assertThat(platform.assertionAudience()).isEqualTo("https://lms.example/oauth2/token");
    }

    @Test
    void tokenAudienceWhenBlankThenRejected() {
        PlatformRegistration r = MoodleCaptures.registration().build();

        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformRegistration(r.id(), r.issuer(),
                r.clientId(), r.authorizationEndpoint(), r.tokenEndpoint(), r.jwksUri(), r.deploymentIds(),
                r.unconfirmedDeploymentIds(), r.unknownDeploymentPolicy(), r.family(), Optional.of(" "), r.enabled()));
    }
}
