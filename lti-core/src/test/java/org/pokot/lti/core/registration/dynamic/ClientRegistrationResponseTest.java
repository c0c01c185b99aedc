package org.pokot.lti.core.registration.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.testing.MoodleCaptures;

class ClientRegistrationResponseTest {

    @Test
    void fromJsonWhenMoodleAnswerThenClientIdAndTheTypeIdAsDeployment() {
        ClientRegistrationResponse response = ClientRegistrationResponse.fromJson(
                MoodleCaptures.json("registration/06_registration_response_body.json"));

        assertThat(response.clientId().value()).isEqualTo("D7tMxo9hH2hgnir");
        assertThat(response.deploymentId()).contains(new DeploymentId("2"));
        assertThat(response.clientName()).isEqualTo("Dummy DR Tool");
        assertThat(response.reportedScopes()).hasSize(5);
    }

    @Test
    void toJsonWhenParsedAgainThenSameResponse() {
        ClientRegistrationResponse response = ClientRegistrationResponse.fromJson(
                MoodleCaptures.json("registration/06_registration_response_body.json"));

        assertThat(ClientRegistrationResponse.fromJson(response.toJson())).isEqualTo(response);
    }

    @Test
    void fromJsonWhenNoDeploymentThenEmpty() {
        assertThat(ClientRegistrationResponse.fromJson(Map.of("client_id", "c-1")).deploymentId()).isEmpty();
    }

    @Test
    void fromJsonWhenNoClientIdThenResponseInvalid() {
        assertLtiError(() -> ClientRegistrationResponse.fromJson(Map.of("client_name", "x")),
                LtiError.DYNAMIC_REGISTRATION_RESPONSE_INVALID);
    }
}
