package org.pokot.lti.app.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.jwks.PlatformJwksCache;
import org.pokot.lti.core.registration.RegistrationRepository;

/** Registers the sandbox platform at start, with its key of this run. */
@Component
@ConditionalOnProperty(name = "lti.sandbox.enabled", havingValue = "true")
class SandboxRegistrar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxRegistrar.class);

    private final SandboxPlatform sandbox;
    private final RegistrationRepository registrations;
    private final PlatformJwksCache platformKeys;

    SandboxRegistrar(SandboxPlatform sandbox, RegistrationRepository registrations, PlatformJwksCache platformKeys) {
        this.sandbox = sandbox;
        this.registrations = registrations;
        this.platformKeys = platformKeys;
    }

    @Override
    public void run(ApplicationArguments args) {
        registrations.save(sandbox.registration());
        platformKeys.evict(sandbox.registration().jwksUri());
        log.info("Sandbox platform on at {} (turn it off with lti.sandbox.enabled=false)", sandbox.issuer());
    }
}
