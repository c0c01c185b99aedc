package org.pokot.lti.app.grading;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/** What admins see and do with the outbox, through the console and the admin API alike. */
@Service
@Transactional
class GradeOutboxAdministration {

    static final int MAX_PROBLEMS = 500;

    private final GradeOutboxRepository outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeOutboxAdministration(GradeOutboxRepository outbox, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Map<DeliveryStatus, Long> counts() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, outbox.countByStatus(status.name()));
        }
        return counts;
    }

    /**
     * Given-up and ungradable scores, newest first; a row leaves the list once a later score of the same learner and
     * module is delivered.
     */
    @Transactional(readOnly = true)
    List<GradeOutboxRow> problems() {
        return outbox.unresolvedProblems(true, "", "", "", MAX_PROBLEMS);
    }

    /** Sends a given-up score again, as new, and writes who did it to the audit log. */
    GradeOutboxRow requeue(long id, String actor) {
        if (outbox.requeue(id, clock.instant()) != 1) {
            throw new LtiException(LtiError.GRADE_DELIVERY_NOT_REQUEUEABLE, "grade outbox row " + id
                    + " is not a given-up (DEAD) score");
        }
        GradeOutboxRow row = outbox.findById(id).orElseThrow();
        events.publishEvent(new AuditEvent(actor, AuditAction.GRADE_DELIVERY_REQUEUED, String.valueOf(id),
                "user " + row.userId() + ", module " + row.moduleId() + ", registration " + row.registrationId()));
        return row;
    }
}
