package org.pokot.lti.app.grading;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEvent;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The scores that need an admin: the ones given up on (the LMS refused them, or they kept failing) or that have no
 * gradebook column, and re-sending one after the cause was fixed (a learner enrolled, an LMS back from a long
 * outage).
 */
@RestController
class GradeOutboxAdminController {

    static final int MAX_PROBLEMS = 500;

    private final GradeOutboxRepository outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GradeOutboxAdminController(GradeOutboxRepository outbox, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; a row disappears from here once a later score of the same learner and module is delivered. */
    @GetMapping("/admin/api/grade-outbox/problems")
    List<ProblemRow> problems() {
        return outbox.unresolvedProblems(true, "", "", "", MAX_PROBLEMS).stream().map(ProblemRow::of).toList();
    }

    @PostMapping("/admin/api/grade-outbox/{id}/requeue")
    @Transactional
    ProblemRow requeue(@PathVariable long id, Principal admin) {
        if (outbox.requeue(id, clock.instant()) != 1) {
            throw new LtiException(LtiError.GRADE_DELIVERY_NOT_REQUEUEABLE, "grade outbox row " + id
                    + " is not a given-up (DEAD) score");
        }
        GradeOutboxRow row = outbox.findById(id).orElseThrow();
        events.publishEvent(new AuditEvent(admin.getName(), AuditAction.GRADE_DELIVERY_REQUEUED, String.valueOf(id),
                "user " + row.userId() + ", module " + row.moduleId() + ", registration " + row.registrationId()));
        return ProblemRow.of(row);
    }

    /** One outbox row as the admin API shows it. {@code lastError} is in words and holds no token. */
    record ProblemRow(long id, String status, String registrationId, String contextId, String resourceLinkId,
                      String userId, String packId, String moduleId, String activityProgress, BigDecimal scoreGiven,
                      BigDecimal scoreMaximum, Instant scoreTimestamp, int attempts, String lastError) {

        static ProblemRow of(GradeOutboxRow r) {
            return new ProblemRow(r.id(), r.status(), r.registrationId(), r.contextId(), r.resourceLinkId(),
                    r.userId(), r.packId(), r.moduleId(), r.activityProgress(), r.scoreGiven(), r.scoreMaximum(),
                    r.scoreTimestamp(), r.attempts(), r.lastError());
        }
    }
}
