package org.pokot.lti.app.learning;

import java.util.Optional;

/**
 * The learning feature's port to grade passback: a score event is added in the caller's transaction, so it exists
 * exactly when the progress that caused it does.
 */
public interface ScoreOutbox {

    void add(ScoreEvent event);

    /** Whether the module's latest graded event reached the LMS, for the learner's page. */
    Optional<GradebookState> gradebookState(LearnerKey learner, String packId, String moduleId);

    enum GradebookState { SENT, WAITING, NOT_SENT }
}
