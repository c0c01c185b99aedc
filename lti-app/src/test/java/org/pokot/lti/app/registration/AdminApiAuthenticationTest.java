package org.pokot.lti.app.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.core.testing.TestKeys;

/**
 * The admin API as an OAuth2 resource server: bearer JWTs from the configured issuer (its key set on
 * MockWebServer, on loopback) are accepted with the right audience and scope and refused otherwise, always with a
 * JSON body; without credentials every operation is refused. Also the registration operations end to end.
 */
@LtiAppTest
@TestPropertySource(properties = {"lti.admin.password={noop}s3cret-for-tests",
        "lti.admin.api.jwt.issuer-uri=" + AdminApiAuthenticationTest.ISSUER,
        "lti.admin.api.jwt.audience=pokot-lti-admin-api"})
class AdminApiAuthenticationTest extends AppPort {

    static final String ISSUER = "https://idp.school.example/realms/lti";
    static final RSAKey ISSUER_KEY = TestKeys.platformKey();
    static final MockWebServer IDP = idp();
    static final String API = TOOL + "/admin/api";

    HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("lti.admin.api.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + IDP.getPort() + "/jwks");
    }

    @Test
    void apiWhenTokenFromIssuerWithAudienceAndScopeThenEveryOperationWorks() throws Exception {
        String token = sign(claims().build());

        assertThat(call("GET", "/registrations", null, token).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/grade-outbox", null, token).statusCode()).isEqualTo(200);
        HttpResponse<String> keys = call("GET", "/keys", null, token);
        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.body()).contains("\"status\":\"ACTIVE\"").doesNotContain("\"d\"", "\"n\"", "\"p\"");
        HttpResponse<String> rotated = call("POST", "/keys/rotate", null, token);
        assertThat(rotated.statusCode()).isEqualTo(202);
        assertThat(rotated.body()).contains("\"started\":true", "\"status\":\"NEXT\"");
        HttpResponse<String> again = call("POST", "/keys/rotate", null, token);
        assertThat(again.statusCode()).as("one rotation at a time").isEqualTo(200);
        assertThat(again.body()).contains("\"started\":false");
    }

    @Test
    void apiWhenScopeAsRolesClaimThenAccepted() throws Exception {
        String token = sign(claims().claim("scope", "profile").claim("roles", List.of("lti-admin")).build());

        assertThat(call("GET", "/registrations", null, token).statusCode()).isEqualTo(200);
    }

    @Test
    void apiWhenWrongIssuerThenUnauthorizedNamingTheIssuer() throws Exception {
        HttpResponse<String> answer = call("GET", "/registrations", null,
                sign(claims().issuer("https://other.example").build()));

        assertRefused(answer, 401, "invalid_token", "iss");
    }

    @Test
    void apiWhenWrongAudienceThenUnauthorizedNamingTheAudience() throws Exception {
        HttpResponse<String> answer = call("GET", "/keys", null, sign(claims().audience("another-service").build()));

        assertRefused(answer, 401, "invalid_token", "aud");
    }

    @Test
    void apiWhenExpiredThenUnauthorized() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        HttpResponse<String> answer = call("GET", "/keys", null, sign(claims().issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(300))).build()));

        assertRefused(answer, 401, "invalid_token", "expired");
    }

    @Test
    void apiWhenSignedByAnotherKeyThenUnauthorized() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ISSUER_KEY.getKeyID())
                .build(), claims().build());
        forged.sign(new RSASSASigner(TestKeys.otherPlatformKey()));

        assertRefused(call("GET", "/keys", null, forged.serialize()), 401, "invalid_token", "");
    }

    @Test
    void apiWhenNoAdminScopeThenForbiddenInsufficientScope() throws Exception {
        HttpResponse<String> answer = call("POST", "/keys/rotate", null, sign(claims().claim("scope", "profile email")
                .build()));

        assertRefused(answer, 403, "insufficient_scope", "lti-admin");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("insufficient_scope"));
    }

    @Test
    void apiWhenNoCredentialsThenEveryOperationRefusedWithAJsonBody() throws Exception {
        for (String[] operation : new String[][] {{"GET", "/registrations"}, {"POST", "/registrations"},
                {"GET", "/registrations/reg-x"}, {"PUT", "/registrations/reg-x"}, {"DELETE", "/registrations/reg-x"},
                {"POST", "/registrations/reg-x/enable"}, {"POST", "/registrations/reg-x/disable"},
                {"GET", "/grade-outbox"}, {"GET", "/keys"}, {"POST", "/keys/rotate"}}) {
            HttpResponse<String> answer = call(operation[0], operation[1], operation[0].equals("GET") ? null : "{}",
                    null);
            assertRefused(answer, 401, "unauthorized", "bearer token");
        }
        HttpResponse<String> actuator = client.send(HttpRequest.newBuilder(URI.create(TOOL + "/actuator/gradeoutbox"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(actuator.statusCode()).isEqualTo(401);
    }

    @Test
    void registrationsWhenManagedThroughTheApiThenCreatedReadUpdatedSwitchedAndDeleted() throws Exception {
        String token = sign(claims().build());
        String body = """
                {"issuer":"https://sakai.school.example","clientId":"sakai-client",
                 "authorizationEndpoint":"https://sakai.school.example/auth","tokenEndpoint":"https://sakai.school.example/token",
                 "jwksUri":"https://sakai.school.example/jwks","deploymentIds":["d-1"]}""";
        HttpResponse<String> created = call("POST", "/registrations", body, token);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = com.nimbusds.jose.util.JSONObjectUtils.parse(created.body()).get("id").toString();

        assertThat(call("GET", "/registrations/" + id, null, token).body()).contains("\"clientId\":\"sakai-client\"");
        HttpResponse<String> updated = call("PUT", "/registrations/" + id,
                body.replace("[\"d-1\"]", "[\"d-1\",\"d-2\"]"), token);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"d-2\"");
        assertThat(call("POST", "/registrations/" + id + "/disable", null, token).body()).contains("\"enabled\":false");
        assertThat(call("POST", "/registrations/" + id + "/enable", null, token).body()).contains("\"enabled\":true");
        assertThat(call("DELETE", "/registrations/" + id, null, token).statusCode()).isEqualTo(204);

        HttpResponse<String> gone = call("GET", "/registrations/" + id, null, token);
        assertThat(gone.statusCode()).isEqualTo(400);
        assertThat(gone.body()).contains("\"code\":\"registration-unknown\"", id);
        assertThat(call("PUT", "/registrations/" + id, body, token).statusCode()).isEqualTo(400);
    }

    @Test
    void apiWhenBasicWithTheAdminAccountThenStillAcceptedInDevelopment() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(API + "/keys"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "admin:s3cret-for-tests".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String error, String named) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        assertThat(answer.body()).contains("\"error\":\"" + error + "\"", named);
    }

    private HttpResponse<String> call(String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type",
                "application/json").method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What Keycloak issues for client credentials with a client scope lti-admin and an audience mapper. */
    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(List.of("pokot-lti-admin-api", "account"))
                .subject("6c3f0e1e-service-account").claim("azp", "school-automation")
                .claim("scope", "profile lti-admin").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ISSUER_KEY.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(ISSUER_KEY));
        return jwt.serialize();
    }

    private static MockWebServer idp() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body(new JWKSet(ISSUER_KEY.toPublicJWK()).toString()).build();
            }
        });
        try {
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test issuer", e);
        }
        return server;
    }
}
