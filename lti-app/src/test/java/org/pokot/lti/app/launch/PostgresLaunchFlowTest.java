package org.pokot.lti.app.launch;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.testing.CleanDatabase;

/**
 * The same complete launches on PostgreSQL ({@code .ci/run} starts it). With no server on 127.0.0.1:5432 the
 * application context fails to start and the tests fail: they never skip.
 */
@ActiveProfiles({"test", "postgres"})
@Import(CleanDatabase.class)
@TestPropertySource(properties = "spring.flyway.clean-disabled=false")
class PostgresLaunchFlowTest extends LaunchFlowTest {
}
