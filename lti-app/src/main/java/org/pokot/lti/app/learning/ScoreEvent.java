package org.pokot.lti.app.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.ags.ActivityProgress;
import org.pokot.lti.core.ags.GradingProgress;

/** Something the LMS gradebook should learn about a learner's module: progress, or the final score. */
public record ScoreEvent(LearnerKey learner, String packId, String moduleId, ActivityProgress activityProgress,
                         GradingProgress gradingProgress, Optional<BigDecimal> scoreGiven,
                         Optional<BigDecimal> scoreMaximum, Instant at) {

    public ScoreEvent {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(at, "at");
    }

    static ScoreEvent started(LearnerKey learner, String packId, String moduleId, Instant at) {
        return new ScoreEvent(learner, packId, moduleId, ActivityProgress.STARTED, GradingProgress.PENDING,
                Optional.empty(), Optional.empty(), at);
    }

    static ScoreEvent inProgress(LearnerKey learner, String packId, String moduleId, Instant at) {
        return new ScoreEvent(learner, packId, moduleId, ActivityProgress.IN_PROGRESS, GradingProgress.PENDING,
                Optional.empty(), Optional.empty(), at);
    }

    static ScoreEvent graded(LearnerKey learner, String packId, String moduleId, BigDecimal given, BigDecimal maximum,
                             Instant at) {
        return new ScoreEvent(learner, packId, moduleId, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED,
                Optional.of(given), Optional.of(maximum), at);
    }
}
