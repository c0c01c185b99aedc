package org.pokot.lti.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.util.JSONObjectUtils;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.PokotLtiApplication;
import org.pokot.lti.app.testing.CleanDatabase;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.TestServicePlatform;

/**
 * Two instances of the tool on one PostgreSQL drain 1,000 queued scores together: every score reaches the LMS
 * exactly once (the row lease keeps the instances apart). Fails, never skips, without PostgreSQL on 127.0.0.1:5432.
 */
class TwoInstancesDrainTest {

    static final int SCORES = 1000;

    @Test
    void drainWhenTwoInstancesShareTheOutboxThenEveryScoreSentExactlyOnce() throws Exception {
        try (TestServicePlatform lms = TestServicePlatform.start()) {
            for (int i = 0; i < SCORES; i++) {
                lms.answer(new MockResponse.Builder().code(200).build());
            }
            String lineItem = lms.url("/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1").toString();
            try (ConfigurableApplicationContext first = start(true)) {
                first.getBean(RegistrationRepository.class).save(lms.registration().build());
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                jdbc.update("INSERT INTO lti_resource_link (registration_id, deployment_id, context_id, "
                        + "resource_link_id, ags_scopes, ags_line_item, module_id, updated_at) VALUES ('reg-test', "
                        + "'deployment-1', 'course-1', 'rl-1', 'https://purl.imsglobal.org/spec/lti-ags/scope/score', "
                        + "?, 'labour-market-foresight', ?)", lineItem, Timestamp.from(Instant.now()));
                try (ConfigurableApplicationContext second = start(false)) {
                    queue(jdbc);
                    long deadline = System.nanoTime() + 120_000_000_000L;
                    while (System.nanoTime() < deadline && jdbc.queryForObject(
                            "SELECT COUNT(*) FROM grade_outbox WHERE status = 'DELIVERED'", Integer.class) < SCORES) {
                        Thread.sleep(200);
                    }
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grade_outbox WHERE status = 'DELIVERED'",
                            Integer.class)).as("none lost").isEqualTo(SCORES);
                    assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                            "SELECT COUNT(*) FROM grade_outbox", Integer.class)).isEqualTo(SCORES);
                }
            }
            List<RecordedRequest> scores = lms.serviceRequests();
            Map<Object, Long> perUser = scores.stream().map(TwoInstancesDrainTest::userId)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perUser).as("every learner's score, once").hasSize(SCORES);
            assertThat(perUser.values()).as("none sent twice").containsOnly(1L);
            assertThat(lms.tokenRequests()).as("each instance gets its own token").hasSizeBetween(1, 2);
        }
    }

    private static void queue(JdbcTemplate jdbc) {
        Instant at = Instant.now().minusSeconds(60);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SCORES; i++) {
            rows.add(new Object[] {"learner-" + i, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at)});
        }
        jdbc.batchUpdate("INSERT INTO grade_outbox (registration_id, deployment_id, context_id, resource_link_id, "
                + "user_id, pack_id, module_id, activity_progress, grading_progress, score_given, score_maximum, "
                + "score_timestamp, status, attempts, next_attempt_at, created_at) VALUES ('reg-test', 'deployment-1', "
                + "'course-1', 'rl-1', ?, 'pokot', 'labour-market-foresight', 'COMPLETED', 'FULLY_GRADED', 8, 8, ?, "
                + "'PENDING', 0, ?, ?)", rows);
    }

    private static Object userId(RecordedRequest request) {
        try {
            return JSONObjectUtils.parse(request.getBody().utf8()).get("userId");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(boolean cleanDatabase) {
        SpringApplicationBuilder app = cleanDatabase
                ? new SpringApplicationBuilder(PokotLtiApplication.class, CleanDatabase.class)
                : new SpringApplicationBuilder(PokotLtiApplication.class);
        return app.profiles("postgres").run("--server.port=0", "--lti.sandbox.enabled=false",
                "--lti.grading.poll-interval=50ms", "--spring.flyway.clean-disabled=false");
    }
}
