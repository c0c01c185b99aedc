package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.testing.MoodleCaptures;

class ResultTest {

    @Test
    void fromJsonWhenWrittenByToJsonThenSameResult() {
        Result result = new Result(Optional.of(URI.create("https://lms.example/li/7/results?user_id=4")),
                Optional.of(URI.create("https://lms.example/li/7")), "4", Optional.of(87.5), Optional.of(100.0),
                Optional.of("Well done"), Optional.of(Instant.parse("2026-12-01T18:10:07.500Z")));

        assertThat(Result.fromJson(result.toJson())).isEqualTo(result);
    }

    @Test
    void fromJsonWhenMoodlesCapturedResultThenRead() {
        Result result = Result.fromJson(capturedResults().get(0));

        assertThat(result.userId()).isEqualTo("4");
        assertThat(result.resultScore()).hasValue(87.5);
        assertThat(result.resultMaximum()).hasValue(100.0);
        assertThat(result.comment()).hasValue("Scored by dummy tool");
        assertThat(result.scoreOf()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"));
        assertThat(result.timestamp()).hasValue(Instant.parse("2026-12-01T18:10:07Z"));
    }

    @Test
    void fromJsonWhenMoodleSendsAnUngradedLearnerThenOnlyIdAndUser() {
        Result result = Result.fromJson(Map.of("id", "http://127.0.0.1:8081/x/results?type_id=1&user_id=5",
                "userId", 5));

        assertThat(result.userId()).isEqualTo("5");
        assertThat(result.resultScore()).isEmpty();
        assertThat(result.timestamp()).isEmpty();
    }

    @Test
    void fromJsonWhenNoUserThenResponseInvalid() {
        assertLtiError(() -> Result.fromJson(Map.of("resultScore", 1)), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> capturedResults() {
        Map<String, Object> response = (Map<String, Object>) MoodleCaptures.json("ags/results-get.json").get("response");
        return (List<Map<String, Object>>) response.get("body_json");
    }
}
