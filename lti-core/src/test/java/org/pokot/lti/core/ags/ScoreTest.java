package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.service.CapturedExchange;

class ScoreTest {

    private static final Instant T = Instant.parse("2026-12-01T18:10:07.792Z");

    @Test
    void fromJsonWhenWrittenByToJsonThenSameScore() {
        Score score = Score.fullyGraded("4", 87.5, 100, T).withComment("Scored by dummy tool");

        assertThat(Score.fromJson(score.toJson())).isEqualTo(score);
    }

    @Test
    void fromJsonWhenProgressOnlyThenRoundTrips() {
        Score score = Score.progress("4", ActivityProgress.STARTED, GradingProgress.NOT_READY, T);

        assertThat(score.toJson()).containsOnlyKeys("userId", "activityProgress", "gradingProgress", "timestamp");
        assertThat(Score.fromJson(score.toJson())).isEqualTo(score);
    }

    @Test
    void toJsonWhenWrittenThenMoodlesShapeAndMillisecondUtcTimestamp() {
        Score score = Score.fullyGraded("4", 87.5, 100, T).withComment("Scored by dummy tool");

        assertThat(JSONObjectUtils.toJSONString(score.toJson())).isEqualTo("{\"userId\":\"4\",\"scoreGiven\":87.5,"
                + "\"scoreMaximum\":100,\"comment\":\"Scored by dummy tool\",\"activityProgress\":\"Completed\","
                + "\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"2026-12-01T18:10:07.792Z\"}");
    }

    @Test
    void toJsonWhenWholeSecondOrNanosecondsThenAlwaysThreeFractionDigits() {
        assertThat(Score.fullyGraded("4", 1, 1, Instant.parse("2026-12-01T18:10:07Z")).toJson().get("timestamp"))
                .isEqualTo("2026-12-01T18:10:07.000Z");
        assertThat(Score.fullyGraded("4", 1, 1, Instant.parse("2026-12-01T18:10:07.123456789Z")).toJson()
                .get("timestamp")).isEqualTo("2026-12-01T18:10:07.123Z");
    }

    @Test
    void toJsonWhenTheSameAsMoodlesCapturedRequestThenSameFields() throws ParseException {
        Map<String, Object> moodle = JSONObjectUtils.parse(CapturedExchange.load("ags/score-post.json").requestBody());

        Score score = Score.fullyGraded("4", 87.5, 100, T).withComment("Scored by dummy tool");

        assertThat(score.toJson()).isEqualTo(moodle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ags/score-post.json", "ags/score-post-created-lineitem.json",
            "negative/score-stale-timestamp-409.json", "negative/score-unknown-user-400.json",
            "negative/score-no-token-401.json"})
    void fromJsonWhenMoodlesCapturedScoreBodiesThenRead(String capture) throws ParseException {
        Score score = Score.fromJson(JSONObjectUtils.parse(CapturedExchange.load(capture).requestBody()));

        assertThat(score.activityProgress()).isEqualTo(ActivityProgress.COMPLETED);
        assertThat(score.gradingProgress()).isEqualTo(GradingProgress.FULLY_GRADED);
        assertThat(score.scoreMaximum()).isPresent();
    }

    @Test
    void fromJsonWhenOffsetTimestampWithMicrosecondsThenReadAsUtc() throws ParseException {
        Score score = Score.fromJson(JSONObjectUtils.parse(
                CapturedExchange.load("negative/score-unknown-user-400.json").requestBody()));

        assertThat(score.timestamp()).isEqualTo(Instant.parse("2026-12-01T18:12:06.698Z"));
    }

    @Test
    void fromJsonWhenFieldsMissingOrUnknownThenResponseInvalid() {
        assertLtiError(() -> Score.fromJson(Map.of("userId", "4", "activityProgress", "Completed",
                "gradingProgress", "FullyGraded")), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> Score.fromJson(Map.of("userId", "4", "activityProgress", "Done",
                "gradingProgress", "FullyGraded", "timestamp", "2026-12-01T18:10:07Z")),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> Score.fromJson(Map.of("userId", "4", "activityProgress", "Completed",
                "gradingProgress", "FullyGraded", "timestamp", "yesterday")), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> Score.fromJson(Map.of("userId", "4", "scoreGiven", 5, "activityProgress", "Completed",
                "gradingProgress", "FullyGraded", "timestamp", "2026-12-01T18:10:07Z")),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void constructorWhenScoreWithoutMaximumOrNegativeThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Score("4", Optional.of(1.0), Optional.empty(),
                Optional.empty(), ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED, T));
        assertThatIllegalArgumentException().isThrownBy(() -> Score.fullyGraded("4", -1, 10, T));
        assertThatIllegalArgumentException().isThrownBy(() -> Score.fullyGraded("4", 1, 0, T));
        assertThatIllegalArgumentException().isThrownBy(() -> Score.fullyGraded(" ", 1, 10, T));
    }
}
