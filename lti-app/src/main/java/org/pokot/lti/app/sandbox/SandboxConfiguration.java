package org.pokot.lti.app.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.pokot.lti.app.config.LtiProperties;

/**
 * Turns the sandbox platform on. A sandbox in production would let anyone launch as an instructor, so with the
 * {@code prod} profile the application refuses to start rather than run one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lti.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    SandboxConfiguration(Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("lti.sandbox.enabled=true with the prod profile: the sandbox platform "
                    + "lets anyone launch as an instructor. Remove lti.sandbox.enabled or the prod profile.");
        }
    }

    @Bean
    SandboxPlatform sandboxPlatform(LtiProperties properties) {
        return new SandboxPlatform(properties.sandbox().platformUrl());
    }
}
