package org.pokot.lti.core.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.at;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.moodle;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.with;
import static org.pokot.lti.core.registration.dynamic.TestConfigurations.without;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.registration.PlatformFamily;

class PlatformConfigurationTest {

    @Test
    void fromJsonWhenMoodleCaptureThenEndpointsFamilyVersionAndMessagesRead() {
        PlatformConfiguration moodle = PlatformConfiguration.fromJson(moodle());

        assertThat(moodle.issuer().value()).isEqualTo("http://127.0.0.1:8081");
        assertThat(moodle.authorizationEndpoint()).isEqualTo(URI.create("http://127.0.0.1:8081/mod/lti/auth.php"));
        assertThat(moodle.tokenEndpoint()).isEqualTo(URI.create("http://127.0.0.1:8081/mod/lti/token.php"));
        assertThat(moodle.jwksUri()).isEqualTo(URI.create("http://127.0.0.1:8081/mod/lti/certs.php"));
        assertThat(moodle.registrationEndpoint())
                .isEqualTo(URI.create("http://127.0.0.1:8081/mod/lti/openid-registration.php"));
        assertThat(moodle.authorizationServer()).isEmpty();
        assertThat(moodle.lti().family()).isEqualTo(PlatformFamily.MOODLE);
        assertThat(moodle.lti().version()).isEqualTo("5.0.6+ (Build: 20260403)");
        assertThat(moodle.lti().messagesSupported()).containsExactly(
                new SupportedMessage("LtiResourceLinkRequest", List.of()),
                new SupportedMessage("LtiDeepLinkingRequest", List.of("ContentArea")));
        assertThat(moodle.claimsSupported()).contains("sub", "iss", "name", "email");
        assertThat(moodle.issuerOrigin()).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void toJsonWhenParsedAgainThenSameConfiguration() {
        PlatformConfiguration moodle = PlatformConfiguration.fromJson(
                with(moodle(), "authorization_server", "https://auth.example.invalid/token"));

        assertThat(PlatformConfiguration.fromJson(moodle.toJson())).isEqualTo(moodle);
        assertThat(moodle.authorizationServer()).contains("https://auth.example.invalid/token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint",
            LtiPlatformConfiguration.CLAIM})
    void fromJsonWhenRequiredFieldMissingThenConfigurationInvalid(String field) {
        assertLtiError(() -> PlatformConfiguration.fromJson(without(moodle(), field)),
                LtiError.PLATFORM_CONFIGURATION_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product_family_code", "version", "messages_supported"})
    void fromJsonWhenPlatformClaimLacksAFieldThenConfigurationInvalid(String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) moodle().get(LtiPlatformConfiguration.CLAIM);

        assertLtiError(() -> PlatformConfiguration.fromJson(with(moodle(), LtiPlatformConfiguration.CLAIM,
                without(claim, field))), LtiError.PLATFORM_CONFIGURATION_INVALID);
    }

    @Test
    void fromJsonWhenFieldHasWrongTypeThenConfigurationInvalid() {
        assertLtiError(() -> PlatformConfiguration.fromJson(with(moodle(), "jwks_uri", List.of("x"))),
                LtiError.PLATFORM_CONFIGURATION_INVALID);
    }

    @Test
    void fromJsonWhenHttpIssuerOnNonLoopbackHostThenUrlInsecure() {
        assertLtiError(() -> PlatformConfiguration.fromJson(at("http://lms.example.invalid")),
                LtiError.PLATFORM_URL_INSECURE);
    }

    @Test
    void fromJsonWhenHttpsIssuerButHttpEndpointThenUrlInsecure() {
        assertLtiError(() -> PlatformConfiguration.fromJson(with(at("https://lms.example.invalid"),
                "registration_endpoint", "http://lms.example.invalid/register")), LtiError.PLATFORM_URL_INSECURE);
    }
}
