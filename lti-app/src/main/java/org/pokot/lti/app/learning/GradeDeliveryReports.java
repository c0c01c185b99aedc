package org.pokot.lti.app.learning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The learning feature's port for what an instructor sees of grade passback in their activity: how many scores
 * wait or went through, and the ones the LMS refused, with its reason in words.
 */
public interface GradeDeliveryReports {

    /** The report for the placement (platform, course, resource link) of {@code viewer}; the user id is ignored. */
    Report forPlacement(LearnerKey viewer);

    record Report(long waiting, long delivered, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A score that will not reach the gradebook unless someone acts.
     *
     * @param userId   the LMS's id of the learner (in Moodle, the number in the user's profile URL)
     * @param notGradable true when the activity accepts no grades at all, false when the LMS refused this score
     */
    record Problem(String userId, String moduleId, boolean notGradable, String reason, Instant at) {
        public Problem {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(moduleId, "moduleId");
            reason = reason == null ? "" : reason;
            Objects.requireNonNull(at, "at");
        }
    }
}
