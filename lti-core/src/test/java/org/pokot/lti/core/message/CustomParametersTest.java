package org.pokot.lti.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.testing.LtiAssertions;

class CustomParametersTest {

    /** Moodle sends each custom parameter twice: as the admin wrote it, and lower-cased. */
    private static final Map<String, Object> MOODLE_CUSTOM = Map.of(
            "Lab_Param", "hello", "lab_param", "hello",
            "Course_Ctx", "2", "course_ctx", "2");

    @Test
    void getWhenMoodleSendsBothCasesThenAnyCaseFindsTheValue() {
        CustomParameters custom = CustomParameters.fromClaims(ClaimReader.of(Map.of(LtiClaimNames.CUSTOM,
                MOODLE_CUSTOM)));

        assertThat(custom.get("Lab_Param")).contains("hello");
        assertThat(custom.get("lab_param")).contains("hello");
        assertThat(custom.get("LAB_PARAM")).contains("hello");
        assertThat(custom.get("course_CTX")).contains("2");
        assertThat(custom.get("missing")).isEmpty();
    }

    @Test
    void getWhenOnlyLowerCaseSentThenFoundByWrittenName() {
        CustomParameters custom = new CustomParameters(Map.of("lab_param", "hello"));

        assertThat(custom.get("Lab_Param")).contains("hello");
    }

    @Test
    void getWhenCasesCarryDifferentValuesThenExactNameWins() {
        CustomParameters custom = new CustomParameters(Map.of("Mode", "Exam", "mode", "exam"));

        assertThat(custom.get("Mode")).contains("Exam");
        assertThat(custom.get("mode")).contains("exam");
    }

    @Test
    void fromClaimsWhenValuesAreNumbersOrBooleansThenKeptAsStrings() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", 3L);
        values.put("graded", true);
        values.put("nothing", null);

        CustomParameters custom = CustomParameters.fromClaims(ClaimReader.of(Map.of(LtiClaimNames.CUSTOM, values)));

        assertThat(custom.get("count")).contains("3");
        assertThat(custom.get("graded")).contains("true");
        assertThat(custom.values()).doesNotContainKey("nothing");
    }

    @Test
    void fromClaimsWhenNoCustomClaimThenEmpty() {
        assertThat(CustomParameters.fromClaims(ClaimReader.of(Map.of())).values()).isEmpty();
        assertThat(CustomParameters.empty().get("anything")).isEmpty();
    }

    @Test
    void fromClaimsWhenCustomIsNotAnObjectThenClaimInvalid() {
        assertThat(LtiAssertions.errorOf(() -> CustomParameters.fromClaims(ClaimReader.of(
                Map.of(LtiClaimNames.CUSTOM, "lab_param=hello"))))).isEqualTo(LtiError.CLAIM_INVALID);
    }

    @Test
    void constructorWhenValuesGivenThenCopiedAndUnmodifiable() {
        Map<String, String> source = new LinkedHashMap<>(Map.of("a", "1"));
        CustomParameters custom = new CustomParameters(source);
        source.put("b", "2");

        assertThat(custom.values()).containsOnlyKeys("a");
        assertThatNullPointerException().isThrownBy(() -> new CustomParameters(null));
    }
}
