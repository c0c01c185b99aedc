package org.pokot.lti.app.registration.dynamic;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets abandoned registrations, and with them the platforms' registration tokens. */
@Component
class PendingRegistrationPurge {

    private static final Logger log = LoggerFactory.getLogger(PendingRegistrationPurge.class);

    private final JdbcPendingRegistrations pending;
    private final Clock clock;

    PendingRegistrationPurge(JdbcPendingRegistrations pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lti.launch.purge-interval:5m}", initialDelayString = "${lti.launch.purge-interval:5m}")
    void purge() {
        int purged = pending.purgeExpired(clock.instant());
        if (purged > 0) {
            log.debug("Forgot {} abandoned dynamic registrations", purged);
        }
    }
}
