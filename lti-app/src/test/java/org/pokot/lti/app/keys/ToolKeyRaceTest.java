package org.pokot.lti.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.pokot.lti.app.testing.CleanDatabase;
import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.jwks.KeyRotationPolicy;
import org.pokot.lti.core.jwks.ToolKeyChange;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyActivated;
import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyPublished;
import org.pokot.lti.core.jwks.ToolKeyRotation;
import org.pokot.lti.core.jwks.ToolKeys;

/**
 * Several instances of the tool, each with its own key ring over one PostgreSQL, decide the same rotation step at
 * the same moment: the conditional UPDATE of the key set's version lets exactly one make it. Fails, never skips,
 * without PostgreSQL on 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"lti.sandbox.enabled=false",
        "spring.flyway.clean-disabled=false", "lti.keys.check-interval=1h"})
@ActiveProfiles("postgres")
@Import(CleanDatabase.class)
class ToolKeyRaceTest {

    static final int INSTANCES = 6;
    static final KeyRotationPolicy POLICY = KeyRotationPolicy.defaults();

    @Autowired
    JdbcToolKeyStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void advanceWhenSixInstancesRaceForEachStepThenEachStepMadeOnce() throws Exception {
        new ToolKeys(store, IdGenerator.secureRandom(), Clock.systemUTC()).signingKey();
        // the schedule counts from the active key's time as stored (the database keeps microseconds)
        Instant start = jdbc.queryForObject("SELECT MAX(status_since) FROM lti_tool_key WHERE status = 'ACTIVE'",
                Timestamp.class).toInstant();

        Instant rotationDue = start.plus(POLICY.rotationInterval()).minus(POLICY.leadTime());
        List<ToolKeyChange> published = race(rotationDue);
        assertThat(published).as("keys before the race: %s", keys()).hasSize(1).first()
                .isInstanceOf(NextKeyPublished.class);
        assertThat(count("NEXT")).isEqualTo(1);

        List<ToolKeyChange> activated = race(rotationDue.plus(POLICY.leadTime()));
        assertThat(activated).hasSize(1).first().isInstanceOf(NextKeyActivated.class);
        assertThat(count("ACTIVE")).isEqualTo(1);
        assertThat(count("PREVIOUS")).isEqualTo(1);
        assertThat(count("NEXT")).isZero();
    }

    @Test
    void signingKeyWhenInstancesStartOnAnEmptyDatabaseTogetherThenOneFirstKey() throws Exception {
        jdbc.update("DELETE FROM lti_tool_key");
        CyclicBarrier together = new CyclicBarrier(INSTANCES);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<String>> kids = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                ToolKeys instance = new ToolKeys(store, IdGenerator.secureRandom(), Clock.systemUTC());
                kids.add(pool.submit(() -> {
                    together.await();
                    return instance.signingKey().kid();
                }));
            }
            for (Future<String> kid : kids) {
                assertThat(kid.get()).isEqualTo(kids.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("ACTIVE")).isEqualTo(1);
    }

    /** Every instance makes what is due at this moment, all released at once. */
    private List<ToolKeyChange> race(Instant at) throws Exception {
        CyclicBarrier together = new CyclicBarrier(INSTANCES);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<List<ToolKeyChange>>> results = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                Clock clock = Clock.fixed(at, ZoneOffset.UTC);
                ToolKeyRotation instance = new ToolKeyRotation(new ToolKeys(store, IdGenerator.secureRandom(), clock),
                        POLICY, clock);
                results.add(pool.submit(() -> {
                    together.await();
                    return instance.advance();
                }));
            }
            List<ToolKeyChange> made = new ArrayList<>();
            for (Future<List<ToolKeyChange>> result : results) {
                made.addAll(result.get());
            }
            return made;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> keys() {
        return jdbc.query("SELECT kid, status, created_at, status_since FROM lti_tool_key",
                (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant() + " "
                        + rs.getTimestamp(4).toInstant());
    }

    private int count(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lti_tool_key WHERE status = ?", Integer.class, status);
    }
}
