package org.pokot.lti.app.grading;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API for scores that need an admin: the ones given up on (the LMS refused them, or they kept failing)
 * or without a gradebook column, and re-sending one after the cause was fixed (a learner enrolled, an LMS back from
 * a long outage).
 */
@RestController
class GradeOutboxAdminController {

    private final GradeOutboxAdministration administration;

    GradeOutboxAdminController(GradeOutboxAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/api/grade-outbox/problems")
    List<ProblemRow> problems() {
        return administration.problems().stream().map(ProblemRow::of).toList();
    }

    @PostMapping("/admin/api/grade-outbox/{id}/requeue")
    ProblemRow requeue(@PathVariable long id, Principal admin) {
        return ProblemRow.of(administration.requeue(id, admin.getName()));
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
