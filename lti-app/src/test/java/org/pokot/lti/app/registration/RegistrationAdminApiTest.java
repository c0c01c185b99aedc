package org.pokot.lti.app.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.RegistrationRepository;

/** Manual registration: from configuration at start, and by an admin through the JSON API. */
@LtiAppTest
@TestPropertySource(properties = {
        "lti.admin.password={noop}s3cret-for-tests",
        "lti.registrations[0].issuer=https://moodle.school.example",
        "lti.registrations[0].client-id=configured-client",
        "lti.registrations[0].authorization-endpoint=https://moodle.school.example/mod/lti/auth.php",
        "lti.registrations[0].token-endpoint=https://moodle.school.example/mod/lti/token.php",
        "lti.registrations[0].jwks-uri=https://moodle.school.example/mod/lti/certs.php",
        "lti.registrations[0].deployment-ids=1,2"})
class RegistrationAdminApiTest extends AppPort {

    static final String API = TOOL + "/admin/api/registrations";

    @Autowired
    RegistrationRepository registrations;

    HttpClient client = HttpClient.newHttpClient();

    @Test
    void startWhenRegistrationConfiguredThenRegisteredWithItsDeployments() {
        var registration = registrations.findByIssuerAndClientId(new Issuer("https://moodle.school.example"),
                new ClientId("configured-client")).orElseThrow();

        assertThat(registration.deploymentIds()).extracting(d -> d.value()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void registerWhenNoCredentialsThenUnauthorized() throws Exception {
        assertThat(post(body("https://lms.example.org"), null).statusCode()).isEqualTo(401);
        assertThat(post(body("https://lms.example.org"), "admin:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void registerWhenValidThenCreatedAndAgainUpdatedNotDuplicated() throws Exception {
        HttpResponse<String> created = post(body("https://canvas.school.example"), "admin:s3cret-for-tests");
        HttpResponse<String> updated = post(body("https://canvas.school.example"), "admin:s3cret-for-tests");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(registrations.findByIssuer(new Issuer("https://canvas.school.example"))).hasSize(1);
        assertThat(created.body()).contains("\"clientId\":\"api-client\"", "\"deploymentIds\":[\"d-1\"]");
    }

    @Test
    void registerWhenHttpIssuerOnPublicHostThenBadRequestNamingIt() throws Exception {
        int before = registrations.findAll().size();

        HttpResponse<String> answer = post(body("http://lms.example.invalid"), "admin:s3cret-for-tests");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"registration-invalid\"", "issuer must use https");
        assertThat(registrations.findAll()).hasSize(before);
    }

    @Test
    void registerWhenFamilyAndDisabledThenStoredAndLoginsRefused() throws Exception {
        String json = """
                {"issuer":"https://d2l.school.example","clientId":"api-client",
                 "authorizationEndpoint":"https://d2l.school.example/auth",
                 "tokenEndpoint":"https://d2l.school.example/token","jwksUri":"https://d2l.school.example/jwks",
                 "deploymentIds":["d-1"],"family":"D2L","enabled":false}""";

        HttpResponse<String> created = post(json, "admin:s3cret-for-tests");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(TOOL + "/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("iss=https%3A%2F%2Fd2l.school.example&login_hint=7"
                        + "&client_id=api-client&target_link_uri=" + TOOL + "/lti/launch"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"family\":\"D2L\"", "\"enabled\":false",
                "\"assertionAudience\":\"https://api.brightspace.com/auth/token\"");
        var stored = registrations.findByIssuerAndClientId(new Issuer("https://d2l.school.example"),
                new ClientId("api-client")).orElseThrow();
        assertThat(stored.family()).isEqualTo(PlatformFamily.D2L);
        assertThat(stored.enabled()).isFalse();
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("registration-disabled");
    }

    private static String body(String issuer) {
        return """
                {"issuer":"%1$s","clientId":"api-client","authorizationEndpoint":"%1$s/auth",
                 "tokenEndpoint":"%1$s/token","jwksUri":"%1$s/jwks","deploymentIds":["d-1"]}""".formatted(issuer);
    }

    private HttpResponse<String> post(String json, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
