package org.pokot.lti.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.pokot.lti.app.PokotLtiApplication;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;

/** The sandbox lets anyone launch as an instructor: never in production. */
class ProductionProfileTest {

    private static final String[] TEST_DB = {"--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:prod-profile-${random.uuid};DB_CLOSE_DELAY=-1"};

    @Test
    void startWhenProdProfileAndSandboxOnThenRefusesToStart() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(PokotLtiApplication.class).profiles("prod");

        assertThatThrownBy(() -> app.run(concat(TEST_DB, "--lti.sandbox.enabled=true")))
                .hasStackTraceContaining("lti.sandbox.enabled=true with the prod profile");
    }

    @Test
    void startWhenProdProfileAfterASandboxRunThenNoSandboxPlatformAndItsRegistrationGone(@TempDir Path dataDir)
            throws Exception {
        String[] fileDb = {"--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE"};
        try (ConfigurableApplicationContext sandboxRun = new SpringApplicationBuilder(PokotLtiApplication.class)
                .run(fileDb)) {
            assertThat(sandboxRun.getBean(RegistrationRepository.class).findById(new RegistrationId("sandbox")))
                    .isPresent();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PokotLtiApplication.class)
                .profiles("prod").run(fileDb)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> sandbox = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/sandbox/start")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(sandbox.statusCode()).isEqualTo(404);
            assertThat(home.body()).doesNotContain("launch-learner");
            assertThat(context.containsBean("sandboxPlatform")).isFalse();
            assertThat(context.getBean(RegistrationRepository.class).findById(new RegistrationId("sandbox")))
                    .as("an earlier sandbox run's registration is not left trusted").isEmpty();
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
