package org.pokot.lti.core.ags;

import java.util.Arrays;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Where the learner is in the activity, as sent with a score.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#activityprogress">AGS 2.0, activityProgress</a>
 */
public enum ActivityProgress {
    INITIALIZED("Initialized"),
    STARTED("Started"),
    IN_PROGRESS("InProgress"),
    SUBMITTED("Submitted"),
    COMPLETED("Completed");

    private final String wireValue;

    ActivityProgress(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} for a value the spec does not define */
    public static ActivityProgress fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wireValue.equals(value)).findFirst()
                .orElseThrow(() -> new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID,
                        "activityProgress \"" + value + "\" is not one of Initialized, Started, InProgress, "
                                + "Submitted, Completed"));
    }
}
