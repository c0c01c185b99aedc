package org.pokot.lti.app.grading;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.app.learning.LearnerKey;
import org.pokot.lti.app.learning.ScoreEvent;
import org.pokot.lti.app.learning.ScoreOutbox;

/** The outbox table behind the learning feature's {@link ScoreOutbox} port. */
@Component
class JdbcScoreOutbox implements ScoreOutbox {

    /** On every module page of a learner: one plain statement, no aggregate mapping, no transaction. */
    private static final String LATEST_GRADED_STATUS = "SELECT status FROM grade_outbox WHERE registration_id = ? "
            + "AND context_id = ? AND resource_link_id = ? AND user_id = ? AND pack_id = ? AND module_id = ? "
            + "AND score_given IS NOT NULL ORDER BY score_timestamp DESC LIMIT 1";

    private final GradeOutboxRepository rows;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcScoreOutbox(GradeOutboxRepository rows, JdbcTemplate jdbc, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the event is stored with the progress that caused it, or not at all. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(ScoreEvent event) {
        LearnerKey l = event.learner();
        // Moodle keeps a score only when its timestamp is later than the last one it holds, at one-second
        // resolution: every event of a learner in a placement gets a timestamp at least a second after the last.
        Instant timestamp = event.at().truncatedTo(ChronoUnit.MILLIS);
        Optional<Instant> latest = rows.latestScoreTimestamp(l.registrationId(), l.contextId(), l.resourceLinkId(),
                l.userId());
        if (latest.isPresent() && timestamp.isBefore(latest.get().plusSeconds(1))) {
            timestamp = latest.get().plusSeconds(1);
        }
        Instant now = clock.instant();
        rows.save(new GradeOutboxRow(null, l.registrationId(), l.deploymentId(), l.contextId(), l.resourceLinkId(),
                l.userId(), event.packId(), event.moduleId(), event.activityProgress().name(),
                event.gradingProgress().name(), event.scoreGiven().orElse(null), event.scoreMaximum().orElse(null),
                timestamp, DeliveryStatus.PENDING.name(), null, 0, now, null, null, null, now));
    }

    @Override
    public Optional<GradebookState> gradebookState(LearnerKey l, String packId, String moduleId) {
        return jdbc.queryForList(LATEST_GRADED_STATUS, String.class, l.registrationId(), l.contextId(),
                        l.resourceLinkId(), l.userId(), packId, moduleId).stream().findFirst()
                .map(status -> switch (DeliveryStatus.valueOf(status)) {
                    case DELIVERED, SUPERSEDED -> GradebookState.SENT;
                    case PENDING -> GradebookState.WAITING;
                    default -> GradebookState.NOT_SENT;
                });
    }
}
