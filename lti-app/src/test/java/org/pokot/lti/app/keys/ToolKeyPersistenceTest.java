package org.pokot.lti.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.pokot.lti.app.PokotLtiApplication;
import org.pokot.lti.core.jwks.ToolKeyRotation;
import org.pokot.lti.core.jwks.ToolKeys;

/**
 * The tool's key pair is generated on first start and stored: a restart serves the same JWKS, and a rotation
 * publishes the next key before it signs, also after a restart.
 */
class ToolKeyPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void jwksWhenRestartedThenSameKeyAndNextKeyPublishedBeforeItSigns() throws Exception {
        String firstKid;
        try (ConfigurableApplicationContext app = start()) {
            JWKSet jwks = fetchJwks(app);
            assertThat(jwks.getKeys()).hasSize(1);
            assertThat(jwks.getKeys().get(0).isPrivate()).isFalse();
            assertThat(jwks.toString()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
            firstKid = jwks.getKeys().get(0).getKeyID();
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(fetchJwks(app).getKeys()).extracting(k -> k.getKeyID()).containsExactly(firstKid);

            String newKid = app.getBean(ToolKeyRotation.class).begin().orElseThrow().kid();

            assertThat(fetchJwks(app).getKeys()).extracting(k -> k.getKeyID()).containsExactlyInAnyOrder(firstKid, newKid);
            assertThat(app.getBean(ToolKeys.class).signingKey().kid()).as("published before it signs")
                    .isEqualTo(firstKid);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(fetchJwks(app).getKeys()).as("the next key survives a restart").hasSize(2);
            assertThat(app.getBean(ToolKeys.class).signingKey().kid()).isEqualTo(firstKid);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PokotLtiApplication.class).run("--server.port=0",
                "--lti.sandbox.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("keys") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static JWKSet fetchJwks(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JWKSet.parse(response.body());
    }
}
