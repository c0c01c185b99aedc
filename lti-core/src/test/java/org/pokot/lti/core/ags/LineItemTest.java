package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.testing.MoodleCaptures;

class LineItemTest {

    @Test
    void fromJsonWhenWrittenByToJsonThenSameLineItem() {
        LineItem item = new LineItem(Optional.of(URI.create("https://lms.example/li/7?type_id=1")), "Quiz", 12.5,
                Optional.of("quiz-1"), Optional.of("rl-1"), Optional.of("final"),
                Optional.of(Instant.parse("2025-01-01T08:00:00.123Z")), Optional.of(Instant.parse("2025-02-01T08:00:00Z")),
                Optional.of(true));

        assertThat(LineItem.fromJson(item.toJson())).isEqualTo(item);
    }

    @Test
    void fromJsonWhenMinimalThenRoundTrips() {
        LineItem item = LineItem.of("Quiz", 100);

        assertThat(item.toJson()).isEqualTo(Map.of("label", "Quiz", "scoreMaximum", 100L));
        assertThat(LineItem.fromJson(item.toJson())).isEqualTo(item);
    }

    @Test
    void fromJsonWhenMoodlesCapturedLineItemThenRead() {
        LineItem item = LineItem.fromJson(body("ags/lineitem-get.json"));

        assertThat(item.id()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"));
        assertThat(item.label()).isEqualTo("Dummy LTI activity");
        assertThat(item.scoreMaximum()).isEqualTo(100.0);
        assertThat(item.resourceLinkId()).hasValue("1");
        assertThat(item.resourceId()).isEmpty();
        assertThat(item.tag()).isEmpty();
    }

    @Test
    void fromJsonWhenMoodlesCreatedLineItemThenRead() {
        LineItem item = LineItem.fromJson(body("ags/lineitem-create.json"));

        assertThat(item.resourceId()).hasValue("extra-1");
        assertThat(item.tag()).hasValue("lab");
        assertThat(item.scoreMaximum()).isEqualTo(10.0);
    }

    @Test
    void fromJsonWhenOnlyTheOlderLtiLinkIdThenUsedAsResourceLinkId() {
        LineItem item = LineItem.fromJson(Map.of("label", "A", "scoreMaximum", 1, "ltiLinkId", 5));

        assertThat(item.resourceLinkId()).hasValue("5");
    }

    @Test
    void fromJsonWhenLabelOrMaximumMissingOrInvalidThenResponseInvalid() {
        assertLtiError(() -> LineItem.fromJson(Map.of("scoreMaximum", 10)), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> LineItem.fromJson(Map.of("label", "A")), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> LineItem.fromJson(Map.of("label", "A", "scoreMaximum", 0)),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> LineItem.fromJson(Map.of("label", "A", "scoreMaximum", List.of())),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
        assertLtiError(() -> LineItem.fromJson(Map.of("label", "A", "scoreMaximum", 1, "id", "relative/path")),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void constructorWhenBlankLabelOrNonPositiveMaximumThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineItem.of(" ", 10));
        assertThatIllegalArgumentException().isThrownBy(() -> LineItem.of("A", -1));
        assertThatIllegalArgumentException().isThrownBy(() -> LineItem.of("A", Double.NaN));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(String capture) {
        Map<String, Object> response = (Map<String, Object>) MoodleCaptures.json(capture).get("response");
        return (Map<String, Object>) response.get("body_json");
    }
}
