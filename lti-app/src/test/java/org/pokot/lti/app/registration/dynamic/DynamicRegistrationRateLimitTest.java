package org.pokot.lti.app.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.RegisteringPlatform;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;

/** The open registration URL makes the tool fetch what it names: one address may start only so many at a time. */
@LtiAppTest
@TestPropertySource(properties = "lti.dynamic-registration.starts-per-address=2")
class DynamicRegistrationRateLimitTest extends AppPort {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startWhenAddressUsedUpItsStartsThenRefusedWith429AndNothingFetchedOrKept() {
        try (RegisteringPlatform platform = RegisteringPlatform.start()) {
            String url = TOOL + "/lti/register?openid_configuration="
                    + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=" + platform.newRegistrationToken();
            TestBrowser browser = new TestBrowser();

            Page first = browser.get(url);
            Page second = browser.get(url);
            Page third = browser.get(url);

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.text("error-code")).isEqualTo("dynamic-registration-rate-limited");
            assertThat(third.body()).contains("try again after");
            assertThat(platform.configurationFetches()).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lti_pending_registration", Integer.class))
                    .isEqualTo(2);
        }
    }
}
