package org.pokot.lti.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Checks the bundled POKOT pack against the content requirements of the project (beyond format validity). */
class PokotPackTest {

    private static final Path POKOT = Path.of("src/main/resources/packs/pokot");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private final JsonNode manifest = new YAMLMapper().readTree(POKOT.resolve("pack.yaml").toFile());

    @Test
    void bundledPackWhenValidatedThenReportsNoProblems() {
        List<Problem> problems = new PackValidator().validatePack(POKOT);

        assertThat(problems).as(PackValidator.format(problems)).isEmpty();
    }

    @Test
    void bundledPackWhenReadThenIsBilingualOpenAndHasFiveThemes() {
        assertThat(manifest.path("id").asString()).isEqualTo("pokot");
        assertThat(manifest.path("licence").asString()).isEqualTo("CC-BY-4.0");
        assertThat(strings(manifest.path("languages"))).containsExactly("fi", "en");
        assertThat(strings(manifest.path("modules"), "id")).contains(
                "labour-market-foresight", "micro-credential-design", "working-life-collaboration",
                "continuous-learning-services", "recognition-of-prior-learning");
    }

    @Test
    void bundledModulesWhenReadThenHaveOutcomesUnitsAndMixedAssessments() {
        for (JsonNode module : manifest.path("modules")) {
            String id = module.path("id").asString();
            assertThat(module.path("learningOutcomes").size()).as(id + " outcomes").isBetween(3, 5);
            assertThat(module.path("units").size()).as(id + " units").isBetween(3, 6);
            JsonNode questions = module.path("assessment").path("questions");
            assertThat(questions.size()).as(id + " questions").isBetween(6, 10);
            assertThat(strings(questions, "type")).as(id + " question types").contains("single", "multiple");
            assertThat(module.path("maxScore").asDouble()).as(id + " maxScore").isEqualTo(questions.size());
            assertThat(module.path("assessment").path("passThreshold").asDouble()).as(id + " threshold")
                    .isBetween(50.0, 100.0);
        }
    }

    @Test
    void bundledUnitsWhenCountedThenEachLanguageVersionHasSubstance() throws IOException {
        List<String> tooShort = new ArrayList<>();
        for (JsonNode module : manifest.path("modules")) {
            for (JsonNode unit : module.path("units")) {
                for (String lang : Set.of("fi", "en")) {
                    Path file = POKOT.resolve(unit.path("file").path(lang).asString());
                    long words = WORD.matcher(Files.readString(file)).results().count();
                    // Finnish needs fewer, longer words for the same content
                    long minimum = lang.equals("fi") ? 380 : 500;
                    if (words < minimum) {
                        tooShort.add(file + ": " + words + " words");
                    }
                }
            }
        }
        assertThat(tooShort).isEmpty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.path(field).asString()));
        return result;
    }
}
