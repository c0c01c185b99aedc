package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;

/** Every AGS constant against the literal of the spec (and of Moodle's gradebookservices). */
class AgsVocabularyTest {

    @Test
    void scopesWhenComparedToTheSpecThenEqual() {
        assertThat(AgsScopes.LINE_ITEM).isEqualTo("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem");
        assertThat(AgsScopes.LINE_ITEM_READ_ONLY)
                .isEqualTo("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly");
        assertThat(AgsScopes.RESULT_READ_ONLY).isEqualTo("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly");
        assertThat(AgsScopes.SCORE).isEqualTo("https://purl.imsglobal.org/spec/lti-ags/scope/score");
        assertThat(AgsScopes.ALL).containsExactlyInAnyOrder(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READ_ONLY,
                AgsScopes.RESULT_READ_ONLY, AgsScopes.SCORE);
    }

    @Test
    void mediaTypesWhenComparedToTheSpecThenEqual() {
        assertThat(AgsMediaTypes.LINE_ITEM_CONTAINER).isEqualTo("application/vnd.ims.lis.v2.lineitemcontainer+json");
        assertThat(AgsMediaTypes.LINE_ITEM).isEqualTo("application/vnd.ims.lis.v2.lineitem+json");
        assertThat(AgsMediaTypes.SCORE).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(AgsMediaTypes.RESULT_CONTAINER).isEqualTo("application/vnd.ims.lis.v2.resultcontainer+json");
    }

    @Test
    void activityProgressWhenComparedToTheSpecThenEveryValueRoundTrips() {
        assertThat(Arrays.stream(ActivityProgress.values()).map(ActivityProgress::wireValue))
                .containsExactly("Initialized", "Started", "InProgress", "Submitted", "Completed");
        for (ActivityProgress value : ActivityProgress.values()) {
            assertThat(ActivityProgress.fromWire(value.wireValue())).isEqualTo(value);
        }
        assertLtiError(() -> ActivityProgress.fromWire("completed"), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void gradingProgressWhenComparedToTheSpecThenEveryValueRoundTrips() {
        assertThat(Arrays.stream(GradingProgress.values()).map(GradingProgress::wireValue))
                .containsExactly("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");
        for (GradingProgress value : GradingProgress.values()) {
            assertThat(GradingProgress.fromWire(value.wireValue())).isEqualTo(value);
        }
        assertLtiError(() -> GradingProgress.fromWire("Graded"), LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }

    @Test
    void capabilitiesWhenGrantedThenEachFollowsItsScope() {
        AgsCapabilities readOnly = new AgsCapabilities(java.util.Set.of(AgsScopes.LINE_ITEM_READ_ONLY));
        AgsCapabilities full = new AgsCapabilities(AgsScopes.ALL);

        assertThat(readOnly.canReadLineItems()).isTrue();
        assertThat(readOnly.canManageLineItems()).isFalse();
        assertThat(readOnly.canPostScores()).isFalse();
        assertThat(readOnly.canReadResults()).isFalse();
        assertThat(full.canManageLineItems() && full.canPostScores() && full.canReadResults()).isTrue();
    }
}
