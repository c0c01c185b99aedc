package org.pokot.lti.app.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.RegisteringPlatform;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;

/** With {@code lti.dynamic-registration.enabled=false} the registration URL refuses, and asks the platform nothing. */
@LtiAppTest
@TestPropertySource(properties = "lti.dynamic-registration.enabled=false")
class DynamicRegistrationDisabledTest extends AppPort {

    @Test
    void initiateWhenSwitchedOffThenRefusedInTheFrameAndNothingFetched() {
        try (RegisteringPlatform platform = RegisteringPlatform.start()) {
            Page page = new TestBrowser().get(TOOL + "/lti/register?openid_configuration="
                    + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8));

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.text("error-code")).isEqualTo("dynamic-registration-disabled");
            assertThat(page.header("Content-Security-Policy")).contains(platform.issuer());
            assertThat(platform.registrationRequests()).isEmpty();
        }
    }
}
