package org.pokot.lti.app.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;
import static org.pokot.lti.app.testing.Launches.token;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.registration.RegistrationRepository;

/** With loopback refused (as in production), a platform whose key set is on loopback is never fetched. */
@LtiAppTest
@TestPropertySource(properties = "lti.http.allow-loopback=false")
class OutboundGuardTest extends AppPort {

    @Autowired
    RegistrationRepository registrations;

    @Test
    void launchWhenPlatformKeysOnLoopbackAndLoopbackRefusedThenJwksUnavailableAndNothingFetched() {
        registrations.save(platform.registration().id("reg-guard").build());
        int fetchesBefore = platform.jwksFetches();
        TestBrowser browser = new TestBrowser();
        Page login = browser.postForm(LOGIN, loginParameters());

        Page launch = browser.postForm(LAUNCH, launchFields(login.location(), token(login).sign()));

        assertThat(launch.status()).isEqualTo(502);
        assertThat(launch.text("error-code")).isEqualTo("jwks-unavailable");
        assertThat(launch.text("error-detail")).contains("refused");
        assertThat(platform.jwksFetches()).as("no request left the tool").isEqualTo(fetchesBefore);
    }
}
