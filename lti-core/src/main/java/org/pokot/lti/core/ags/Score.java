package org.pokot.lti.core.ags;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * A learner's score, posted to a line item's {@code /scores}. The timestamp is when the tool produced the score, sent
 * in UTC with milliseconds; platforms keep the latest one (Moodle refuses, with 409, a score whose timestamp is not
 * later, to the second, than the one it holds).
 *
 * @param userId       the learner's LTI user id (the launch's {@code sub})
 * @param scoreGiven   needs {@code scoreMaximum}; Moodle records it only with {@link GradingProgress#FULLY_GRADED}
 * @param timestamp    truncated to milliseconds, the precision sent
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0, score publish service</a>
 */
public record Score(String userId, Optional<Double> scoreGiven, Optional<Double> scoreMaximum, Optional<String> comment,
                    ActivityProgress activityProgress, GradingProgress gradingProgress, Instant timestamp) {

    public Score {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a score needs the learner's userId");
        }
        Objects.requireNonNull(scoreGiven, "scoreGiven");
        Objects.requireNonNull(scoreMaximum, "scoreMaximum");
        comment = Objects.requireNonNull(comment, "comment").filter(c -> !c.isEmpty());
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
        if (scoreGiven.isPresent() && scoreMaximum.isEmpty()) {
            throw new IllegalArgumentException("scoreMaximum must be given with scoreGiven");
        }
        if (scoreGiven.isPresent() && !(scoreGiven.get() >= 0 && Double.isFinite(scoreGiven.get()))) {
            throw new IllegalArgumentException("scoreGiven must be a number of at least 0");
        }
        if (scoreMaximum.isPresent() && !(scoreMaximum.get() > 0 && Double.isFinite(scoreMaximum.get()))) {
            throw new IllegalArgumentException("scoreMaximum must be a number above 0");
        }
    }

    /** A final grade: {@code Completed}, {@code FullyGraded}. */
    public static Score fullyGraded(String userId, double scoreGiven, double scoreMaximum, Instant timestamp) {
        return new Score(userId, Optional.of(scoreGiven), Optional.of(scoreMaximum), Optional.empty(),
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED, timestamp);
    }

    /** Progress without a grade, e.g. {@code Started}, {@code NotReady}. */
    public static Score progress(String userId, ActivityProgress activity, GradingProgress grading, Instant timestamp) {
        return new Score(userId, Optional.empty(), Optional.empty(), Optional.empty(), activity, grading, timestamp);
    }

    /** Feedback the learner and the teacher see beside the grade. */
    public Score withComment(String text) {
        return new Score(userId, scoreGiven, scoreMaximum, Optional.of(text), activityProgress, gradingProgress,
                timestamp);
    }

    /** @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when a field is missing or malformed */
    public static Score fromJson(Map<String, Object> json) {
        AgsJson read = new AgsJson(json, "score");
        try {
            return new Score(read.requiredText("userId"), read.number("scoreGiven"), read.number("scoreMaximum"),
                    read.text("comment"), ActivityProgress.fromWire(read.requiredText("activityProgress")),
                    GradingProgress.fromWire(read.requiredText("gradingProgress")),
                    read.instant("timestamp").orElseThrow(() -> read.invalid("timestamp", "present")));
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the score is invalid: " + e.getMessage(),
                    e);
        }
    }

    /** The body of the POST, in the order Moodle's own examples use. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", userId);
        scoreGiven.ifPresent(v -> json.put("scoreGiven", AgsJson.jsonNumber(v)));
        scoreMaximum.ifPresent(v -> json.put("scoreMaximum", AgsJson.jsonNumber(v)));
        comment.ifPresent(v -> json.put("comment", v));
        json.put("activityProgress", activityProgress.wireValue());
        json.put("gradingProgress", gradingProgress.wireValue());
        json.put("timestamp", AgsJson.format(timestamp));
        return json;
    }
}
