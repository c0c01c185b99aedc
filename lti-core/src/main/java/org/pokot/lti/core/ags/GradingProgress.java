package org.pokot.lti.core.ags;

import java.util.Arrays;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * How far grading has got. Platforms record {@code scoreGiven} only with {@link #FULLY_GRADED} (Moodle clears it
 * otherwise).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#gradingprogress">AGS 2.0, gradingProgress</a>
 */
public enum GradingProgress {
    FULLY_GRADED("FullyGraded"),
    PENDING("Pending"),
    PENDING_MANUAL("PendingManual"),
    FAILED("Failed"),
    NOT_READY("NotReady");

    private final String wireValue;

    GradingProgress(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} for a value the spec does not define */
    public static GradingProgress fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wireValue.equals(value)).findFirst()
                .orElseThrow(() -> new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID,
                        "gradingProgress \"" + value + "\" is not one of FullyGraded, Pending, PendingManual, "
                                + "Failed, NotReady"));
    }
}
