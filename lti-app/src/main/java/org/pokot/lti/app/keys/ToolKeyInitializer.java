package org.pokot.lti.app.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.jwks.ToolKeys;

/** Generates the first key pair on first start, so that the JWKS is never empty. */
@Component
class ToolKeyInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ToolKeyInitializer.class);

    private final ToolKeys toolKeys;

    ToolKeyInitializer(ToolKeys toolKeys) {
        this.toolKeys = toolKeys;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Tool signing key: kid {}", toolKeys.signingKey().kid());
    }
}
