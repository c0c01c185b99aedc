package org.pokot.lti.core.ags;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * What the gradebook holds for one learner on one line item. Moodle leaves out the score, maximum, comment and
 * timestamp while the learner has no grade, and adds {@code timestamp} ({@code date('c')}, e.g.
 * {@code 2026-12-01T18:10:07+00:00}), which the spec does not define.
 *
 * @param scoreOf the line item's URL
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS 2.0, result service</a>
 */
public record Result(Optional<URI> id, Optional<URI> scoreOf, String userId, Optional<Double> resultScore,
                     Optional<Double> resultMaximum, Optional<String> comment, Optional<Instant> timestamp) {

    public Result {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scoreOf, "scoreOf");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a result names its learner");
        }
        Objects.requireNonNull(resultScore, "resultScore");
        Objects.requireNonNull(resultMaximum, "resultMaximum");
        comment = Objects.requireNonNull(comment, "comment").filter(c -> !c.isEmpty());
        timestamp = Objects.requireNonNull(timestamp, "timestamp").map(t -> t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when a field is missing or malformed */
    public static Result fromJson(Map<String, Object> json) {
        AgsJson read = new AgsJson(json, "result");
        return new Result(read.uri("id"), read.uri("scoreOf"), read.requiredText("userId"), read.number("resultScore"),
                read.number("resultMaximum"), read.text("comment"), read.instant("timestamp"));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        id.ifPresent(v -> json.put("id", v.toString()));
        scoreOf.ifPresent(v -> json.put("scoreOf", v.toString()));
        json.put("userId", userId);
        resultScore.ifPresent(v -> json.put("resultScore", AgsJson.jsonNumber(v)));
        resultMaximum.ifPresent(v -> json.put("resultMaximum", AgsJson.jsonNumber(v)));
        comment.ifPresent(v -> json.put("comment", v));
        timestamp.ifPresent(v -> json.put("timestamp", AgsJson.format(v)));
        return json;
    }
}
