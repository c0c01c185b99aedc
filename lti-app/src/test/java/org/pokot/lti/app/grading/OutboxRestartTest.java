package org.pokot.lti.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.PokotLtiApplication;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.TestServicePlatform;

/**
 * The tool stops (or crashes mid-delivery, leaving a lease) with scores still pending; started again on the same
 * database, it delivers them without being asked.
 */
class OutboxRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void restartWhenRowsPendingAndOneLeasedByACrashedRunThenAllDeliveredAfterStart() throws Exception {
        try (TestServicePlatform lms = TestServicePlatform.start()) {
            String lineItem = lms.url("/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1").toString();
            try (ConfigurableApplicationContext first = start("1h")) {
                first.getBean(RegistrationRepository.class).save(lms.registration().build());
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                jdbc.update("INSERT INTO lti_resource_link (registration_id, deployment_id, context_id, "
                        + "resource_link_id, ags_scopes, ags_line_item, module_id, updated_at) VALUES ('reg-test', "
                        + "'deployment-1', 'course-1', 'rl-1', 'https://purl.imsglobal.org/spec/lti-ags/scope/score', ?, "
                        + "'labour-market-foresight', ?)",
                        lineItem, Timestamp.from(Instant.now()));
                pending(jdbc, "learner-1", Instant.now().minusSeconds(60), null);
                // a run that crashed mid-delivery: its lease ran out
                pending(jdbc, "learner-2", Instant.now().minusSeconds(30), Instant.now().minusSeconds(5));
            }
            lms.answer(new MockResponse.Builder().code(200).build()).answer(new MockResponse.Builder().code(200).build());

            try (ConfigurableApplicationContext second = start("200ms")) {
                JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < deadline && jdbc.queryForObject(
                        "SELECT COUNT(*) FROM grade_outbox WHERE status = 'DELIVERED'", Integer.class) < 2) {
                    Thread.sleep(100);
                }
                assertThat(jdbc.queryForList("SELECT status FROM grade_outbox ORDER BY id", String.class))
                        .containsExactly("DELIVERED", "DELIVERED");
            }
            assertThat(lms.serviceRequests()).hasSize(2)
                    .allSatisfy(r -> assertThat(r.getBody().utf8()).contains("FullyGraded"));
        }
    }

    private static void pending(JdbcTemplate jdbc, String user, Instant at, Instant lockedUntil) {
        jdbc.update("INSERT INTO grade_outbox (registration_id, deployment_id, context_id, resource_link_id, user_id, "
                + "pack_id, module_id, activity_progress, grading_progress, score_given, score_maximum, score_timestamp, "
                + "status, attempts, next_attempt_at, locked_until, created_at) VALUES ('reg-test', 'deployment-1', "
                + "'course-1', 'rl-1', ?, 'pokot', 'labour-market-foresight', 'COMPLETED', 'FULLY_GRADED', 8, 8, ?, "
                + "'PENDING', 0, ?, ?, ?)", user, Timestamp.from(at), Timestamp.from(at),
                lockedUntil == null ? null : Timestamp.from(lockedUntil), Timestamp.from(at));
    }

    private ConfigurableApplicationContext start(String pollInterval) {
        return new SpringApplicationBuilder(PokotLtiApplication.class).run("--server.port=0",
                "--lti.sandbox.enabled=false", "--lti.grading.poll-interval=" + pollInterval,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
