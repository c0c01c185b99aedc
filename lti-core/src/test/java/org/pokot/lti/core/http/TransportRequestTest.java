package org.pokot.lti.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TransportRequestTest {

    @Test
    void toStringWhenBearerTokenAndAssertionThenNeitherShown() {
        TransportRequest request = TransportRequest.post(URI.create("https://lms.example/token"),
                Map.of("Authorization", "Bearer secret-access-token"), "client_assertion=eyJsecret");

        assertThat(request.toString()).contains("POST", "https://lms.example/token")
                .doesNotContain("secret-access-token", "eyJsecret");
    }
}
