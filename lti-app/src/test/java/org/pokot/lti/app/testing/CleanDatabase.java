package org.pokot.lti.app.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** For tests on a shared PostgreSQL database: start from an empty schema, then run every migration. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
