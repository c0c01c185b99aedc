package org.pokot.lti.app.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.jwks.ToolKeyChange;
import org.pokot.lti.core.jwks.ToolKeyRotation;

/**
 * Runs on every instance: makes the rotation steps that are due (the key-set version lets one instance make
 * each) and re-reads the keys, so that every instance publishes a next key well within its lead time.
 */
@Component
class ToolKeyScheduler {

    private static final Logger log = LoggerFactory.getLogger(ToolKeyScheduler.class);

    private final ToolKeyRotation rotation;
    private final ToolKeyAudit audit;

    ToolKeyScheduler(ToolKeyRotation rotation, ToolKeyAudit audit) {
        this.rotation = rotation;
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${lti.keys.check-interval:1m}", initialDelayString = "${lti.keys.check-interval:1m}")
    void advance() {
        for (ToolKeyChange change : rotation.advance()) {
            log.info("Tool key rotation: {}", change);
            audit.record(ToolKeyAudit.SCHEDULER, change);
        }
    }
}
