package org.pokot.lti.app.learning;

import org.pokot.lti.app.pack.PackModel.Module;

/** Whether the learner may take the assessment now, and why not. */
public record AssessmentState(Status status, int attemptsUsed, int attemptsLeft, int unitsViewed, int units) {

    public enum Status {
        /** Units remain unread. */
        UNITS_UNREAD,
        OPEN,
        PASSED,
        NO_ATTEMPTS_LEFT
    }

    static AssessmentState of(Module module, ProgressRow row) {
        int viewed = (int) module.units().stream().filter(u -> row.hasViewed(u.id())).count();
        int used = row.attempts().size();
        int limit = module.assessment().attemptsAllowed().limit();
        int left = module.assessment().attemptsAllowed().isUnlimited() ? Integer.MAX_VALUE : Math.max(0, limit - used);
        Status status;
        if (row.isCompleted()) {
            status = Status.PASSED;
        } else if (viewed < module.units().size()) {
            status = Status.UNITS_UNREAD;
        } else if (left == 0) {
            status = Status.NO_ATTEMPTS_LEFT;
        } else {
            status = Status.OPEN;
        }
        return new AssessmentState(status, used, left, viewed, module.units().size());
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isUnlimited() {
        return attemptsLeft == Integer.MAX_VALUE;
    }

    public int percentViewed() {
        return units == 0 ? 100 : unitsViewed * 100 / units;
    }
}
