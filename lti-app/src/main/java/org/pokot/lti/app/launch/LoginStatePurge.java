package org.pokot.lti.app.launch;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.pokot.lti.core.oidc.LoginStateStore;

/**
 * Forgets the used nonces of login states that expired ({@link org.pokot.lti.core.oidc.SealedLoginStateStore}
 * keeps them a margin longer). A launch with an expired state fails on its expiry, so purging weakens no check.
 */
@Component
class LoginStatePurge {

    private static final Logger log = LoggerFactory.getLogger(LoginStatePurge.class);

    private final LoginStateStore states;
    private final Clock clock;

    LoginStatePurge(LoginStateStore states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lti.launch.purge-interval:5m}", initialDelayString = "${lti.launch.purge-interval:5m}")
    void purge() {
        int purged = states.purgeExpired(clock.instant());
        if (purged > 0) {
            log.debug("Purged {} used nonces of expired login states", purged);
        }
    }
}
