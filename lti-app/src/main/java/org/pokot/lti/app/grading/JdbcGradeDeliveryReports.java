package org.pokot.lti.app.grading;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.app.learning.GradeDeliveryReports;
import org.pokot.lti.app.learning.LearnerKey;

/** {@link GradeDeliveryReports} read from the outbox table. */
@Component
class JdbcGradeDeliveryReports implements GradeDeliveryReports {

    /** An instructor's page lists this many problems at most; the admin API has them all. */
    static final int MAX_PROBLEMS = 50;

    private final GradeOutboxRepository outbox;

    JdbcGradeDeliveryReports(GradeOutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(readOnly = true)
    public Report forPlacement(LearnerKey viewer) {
        String reg = viewer.registrationId();
        String ctx = viewer.contextId();
        String link = viewer.resourceLinkId();
        return new Report(
                outbox.countByPlacementAndStatus(reg, ctx, link, DeliveryStatus.PENDING.name()),
                outbox.countByPlacementAndStatus(reg, ctx, link, DeliveryStatus.DELIVERED.name()),
                outbox.unresolvedProblems(false, reg, ctx, link, MAX_PROBLEMS).stream()
                        .map(JdbcGradeDeliveryReports::problem).toList());
    }

    static Problem problem(GradeOutboxRow row) {
        return new Problem(row.userId(), row.moduleId(),
                DeliveryStatus.valueOf(row.status()) == DeliveryStatus.NOT_GRADABLE, row.lastError(),
                row.scoreTimestamp());
    }
}
