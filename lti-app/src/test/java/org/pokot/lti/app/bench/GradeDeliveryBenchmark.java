package org.pokot.lti.app.bench;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import mockwebserver3.MockResponse;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.PokotLtiApplication;
import org.pokot.lti.app.grading.GradeDeliveryWorker;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.service.TestServicePlatform;

/**
 * Delivery throughput of the grade outbox to a local AGS endpoint (MockWebServer answering 200 at once). Not a
 * test: a {@code main}, run by hand; the figure goes in {@code docs/performance.md}. It queues SCORES rows for
 * distinct learners, then times the worker draining them, after a warm-up round. The LMS runs in the same JVM,
 * so the CPU figure includes it.
 * <pre>java -cp ... org.pokot.lti.app.bench.GradeDeliveryBenchmark [scores=5000]</pre>
 */
public final class GradeDeliveryBenchmark {

    private GradeDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int scores = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        try (TestServicePlatform lms = TestServicePlatform.start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(PokotLtiApplication.class).run(
                     "--server.port=0", "--lti.sandbox.enabled=false", "--lti.grading.poll-interval=1h",
                     "--logging.level.org.pokot.lti=WARN",
                     "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")) {
            app.getBean(RegistrationRepository.class).save(lms.registration().build());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.update("INSERT INTO lti_resource_link (registration_id, deployment_id, context_id, resource_link_id, "
                    + "ags_scopes, ags_line_item, module_id, updated_at) VALUES ('reg-test', 'deployment-1', "
                    + "'course-1', 'rl-1', 'https://purl.imsglobal.org/spec/lti-ags/scope/score', ?, "
                    + "'labour-market-foresight', ?)", lms.url("/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1")
                    .toString(), Timestamp.from(Instant.now()));
            GradeDeliveryWorker worker = app.getBean(GradeDeliveryWorker.class);
            round(jdbc, lms, worker, "warmup", 2000, 0);
            round(jdbc, lms, worker, "measured", scores, 2000);
        }
    }

    private static void round(JdbcTemplate jdbc, TestServicePlatform lms, GradeDeliveryWorker worker, String phase,
                              int scores, int offset) {
        for (int i = 0; i < scores; i++) {
            lms.answer(new MockResponse.Builder().code(200).build());
        }
        Instant at = Instant.now().minusSeconds(60);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scores; i++) {
            rows.add(new Object[] {"learner-" + (offset + i), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at)});
        }
        jdbc.batchUpdate("INSERT INTO grade_outbox (registration_id, deployment_id, context_id, resource_link_id, "
                + "user_id, pack_id, module_id, activity_progress, grading_progress, score_given, score_maximum, "
                + "score_timestamp, status, attempts, next_attempt_at, created_at) VALUES ('reg-test', 'deployment-1', "
                + "'course-1', 'rl-1', ?, 'pokot', 'labour-market-foresight', 'COMPLETED', 'FULLY_GRADED', 8, 8, ?, "
                + "'PENDING', 0, ?, ?)", rows);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        int delivered = 0;
        for (int guard = 0; guard < scores && delivered < scores; guard++) {
            int handled = worker.runOnce();
            if (handled == 0) {
                break;
            }
            delivered += handled;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        System.out.printf("RESULT phase=%s scores=%d delivered=%d wall_s=%.2f deliveries_per_s=%.0f "
                + "cpu_ms_per_delivery=%.3f (tool and simulated LMS in one JVM)%n", phase, scores, delivered, seconds,
                delivered / seconds, cpuMs / Math.max(1, delivered));
    }
}
