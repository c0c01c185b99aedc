package org.pokot.lti.app.sandbox;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * With the sandbox off, its registration from an earlier run must not stay trusted: it would keep the sandbox
 * origin among the frame ancestors and accept its (lost) key's launches.
 */
@Component
@ConditionalOnProperty(name = "lti.sandbox.enabled", havingValue = "false", matchIfMissing = true)
class SandboxRemoval implements ApplicationRunner {

    private final RegistrationRepository registrations;

    SandboxRemoval(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        registrations.delete(new RegistrationId(SandboxPlatform.REGISTRATION_ID));
    }
}
