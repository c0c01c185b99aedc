package org.pokot.lti.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.packs.ProblemCode.BROKEN_LINK;
import static org.pokot.lti.packs.ProblemCode.DUPLICATE_ID;
import static org.pokot.lti.packs.ProblemCode.MANIFEST_MISSING;
import static org.pokot.lti.packs.ProblemCode.MANIFEST_UNREADABLE;
import static org.pokot.lti.packs.ProblemCode.MISSING_TRANSLATION;
import static org.pokot.lti.packs.ProblemCode.NO_CORRECT_ANSWER;
import static org.pokot.lti.packs.ProblemCode.NO_PACKS_FOUND;
import static org.pokot.lti.packs.ProblemCode.PACK_ID_MISMATCH;
import static org.pokot.lti.packs.ProblemCode.PREREQUISITE_CYCLE;
import static org.pokot.lti.packs.ProblemCode.RAW_HTML;
import static org.pokot.lti.packs.ProblemCode.SCHEMA_VIOLATION;
import static org.pokot.lti.packs.ProblemCode.THRESHOLD_OUT_OF_RANGE;
import static org.pokot.lti.packs.ProblemCode.TOO_MANY_CORRECT_ANSWERS;
import static org.pokot.lti.packs.ProblemCode.UNDECLARED_LANGUAGE;
import static org.pokot.lti.packs.ProblemCode.UNIT_FILE_NOT_FOUND;
import static org.pokot.lti.packs.ProblemCode.UNIT_FILE_OUTSIDE_PACK;
import static org.pokot.lti.packs.ProblemCode.UNKNOWN_PREREQUISITE;
import static org.pokot.lti.packs.ProblemCode.UNSAFE_LINK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of broken pack. Each broken pack under src/test/resources/broken/&lt;case&gt;/ is a copy of the
 * valid pack src/test/resources/valid/demo/ with the defect that its pack.yaml header names.
 */
class PackValidatorTest {

    private static final Path VALID = Path.of("src/test/resources/valid");
    private static final Path BROKEN = Path.of("src/test/resources/broken");

    private final PackValidator validator = new PackValidator();

    private List<Problem> validateCase(String name) {
        Path caseDir = BROKEN.resolve(name);
        assertThat(caseDir).isDirectory();
        return validator.validateFolder(caseDir);
    }

    private static List<ProblemCode> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void validatePackWhenPackIsCorrectThenReportsNoProblems() {
        List<Problem> problems = validator.validatePack(VALID.resolve("demo"));

        assertThat(problems).as(PackValidator.format(problems)).isEmpty();
    }

    @Test
    void validateFolderWhenFolderHoldsPacksThenValidatesEachPack() {
        List<Problem> problems = validator.validateFolder(VALID);

        assertThat(problems).as(PackValidator.format(problems)).isEmpty();
    }

    @Test
    void validateFolderWhenFolderIsEmptyThenReportsNoPacksFound(@TempDir Path empty) {
        assertThat(codes(validator.validateFolder(empty))).containsExactly(NO_PACKS_FOUND);
    }

    @Test
    void validatePackWhenManifestIsMissingThenReportsManifestMissing() {
        assertThat(codes(validateCase("manifest-missing"))).containsExactly(MANIFEST_MISSING);
    }

    @Test
    void validatePackWhenManifestIsNotYamlThenReportsManifestUnreadable() {
        List<Problem> problems = validateCase("manifest-unreadable");

        assertThat(codes(problems)).containsExactly(MANIFEST_UNREADABLE);
        assertThat(problems.get(0).message()).contains("line");
    }

    @Test
    void validatePackWhenManifestBreaksSchemaThenReportsEachSchemaViolation() {
        List<Problem> problems = validateCase("schema-violation");

        assertThat(codes(problems)).containsOnly(SCHEMA_VIOLATION).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("licence"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.module()).isEqualTo("basics");
            assertThat(p.message()).contains("/modules/0/level/eqf");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.module()).isEqualTo("practice");
            assertThat(p.message()).contains("attemptsAllowed");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("colour"));
    }

    @Test
    void validatePackWhenPackIdDiffersFromFolderThenReportsPackIdMismatch() {
        assertThat(codes(validateCase("pack-id-mismatch"))).containsExactly(PACK_ID_MISMATCH);
    }

    @Test
    void validatePackWhenTranslationIsMissingThenReportsMissingTranslation() {
        List<Problem> problems = validateCase("missing-translation");

        assertThat(codes(problems)).containsOnly(MISSING_TRANSLATION).hasSize(3);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.module()).isEqualTo("practice");
            assertThat(p.item()).isNull();
            assertThat(p.message()).contains("summary").contains("'en'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.module()).isEqualTo("basics");
            assertThat(p.item()).isEqualTo("question 'q1' option 'b'");
            assertThat(p.message()).contains("feedback").contains("'fi'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo("unit 'exercise'");
            assertThat(p.message()).contains("file").contains("'en'");
        });
    }

    @Test
    void validatePackWhenTextHasUndeclaredLanguageThenReportsUndeclaredLanguage() {
        List<Problem> problems = validateCase("undeclared-language");

        assertThat(codes(problems)).containsExactly(UNDECLARED_LANGUAGE);
        assertThat(problems.get(0).message()).contains("'sv'");
    }

    @Test
    void validatePackWhenUnitFileIsMissingThenReportsUnitFileNotFound() {
        List<Problem> problems = validateCase("unit-file-not-found");

        assertThat(codes(problems)).containsExactly(UNIT_FILE_NOT_FOUND);
        assertThat(problems.get(0).module()).isEqualTo("practice");
        assertThat(problems.get(0).item()).isEqualTo("unit 'exercise' (en)");
        assertThat(problems.get(0).message()).contains("units/practice/01-exercise.en.md");
    }

    @Test
    void validatePackWhenUnitFileIsOutsidePackThenReportsUnitFileOutsidePack() {
        assertThat(codes(validateCase("unit-file-outside-pack"))).containsExactly(UNIT_FILE_OUTSIDE_PACK);
    }

    @Test
    void validatePackWhenQuestionHasNoCorrectOptionThenReportsNoCorrectAnswer() {
        List<Problem> problems = validateCase("no-correct-answer");

        assertThat(codes(problems)).containsExactly(NO_CORRECT_ANSWER);
        assertThat(problems.get(0).module()).isEqualTo("basics");
        assertThat(problems.get(0).item()).isEqualTo("question 'q2'");
    }

    @Test
    void validatePackWhenSingleQuestionHasTwoCorrectOptionsThenReportsTooManyCorrectAnswers() {
        List<Problem> problems = validateCase("too-many-correct-answers");

        assertThat(codes(problems)).containsExactly(TOO_MANY_CORRECT_ANSWERS);
        assertThat(problems.get(0).module()).isEqualTo("practice");
        assertThat(problems.get(0).item()).isEqualTo("question 'q1'");
    }

    @Test
    void validatePackWhenModuleIdRepeatsThenReportsDuplicateId() {
        List<Problem> problems = validateCase("duplicate-module-id");

        assertThat(codes(problems)).containsExactly(DUPLICATE_ID);
        assertThat(problems.get(0).module()).isEqualTo("practice");
        assertThat(problems.get(0).message()).contains("module id 'practice'");
    }

    @Test
    void validatePackWhenUnitIdRepeatsInModuleThenReportsDuplicateId() {
        List<Problem> problems = validateCase("duplicate-unit-id");

        assertThat(codes(problems)).containsExactly(DUPLICATE_ID);
        assertThat(problems.get(0).item()).isEqualTo("unit 'intro'");
    }

    @Test
    void validatePackWhenQuestionIdRepeatsInModuleThenReportsDuplicateId() {
        List<Problem> problems = validateCase("duplicate-question-id");

        assertThat(codes(problems)).containsExactly(DUPLICATE_ID);
        assertThat(problems.get(0).module()).isEqualTo("basics");
        assertThat(problems.get(0).item()).isEqualTo("question 'q1'");
    }

    @Test
    void validatePackWhenOptionIdRepeatsInQuestionThenReportsDuplicateId() {
        List<Problem> problems = validateCase("duplicate-option-id");

        assertThat(codes(problems)).containsExactly(DUPLICATE_ID);
        assertThat(problems.get(0).item()).isEqualTo("question 'q2' option 'b'");
    }

    @Test
    void validatePackWhenThresholdOutsideZeroToHundredThenReportsThresholdOutOfRange() {
        List<Problem> problems = validateCase("threshold-out-of-range");

        assertThat(codes(problems)).containsExactly(THRESHOLD_OUT_OF_RANGE, THRESHOLD_OUT_OF_RANGE);
        assertThat(problems).extracting(Problem::module).containsExactly("basics", "practice");
    }

    @Test
    void validatePackWhenLinkTargetsUnknownUnitThenReportsBrokenLink() {
        List<Problem> problems = validateCase("broken-link-unit");

        assertThat(codes(problems)).containsExactly(BROKEN_LINK, BROKEN_LINK);
        assertThat(problems.get(0).item()).startsWith("unit 'intro' (en");
        assertThat(problems.get(0).message()).contains("unit:practice/missing");
        assertThat(problems.get(1).message()).contains("no module 'no-such-module'");
    }

    @Test
    void validatePackWhenLinkTargetsUnknownAnchorThenReportsBrokenLink() {
        List<Problem> problems = validateCase("broken-link-anchor");

        assertThat(codes(problems)).containsExactly(BROKEN_LINK, BROKEN_LINK);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("#ei-tallaista"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.module()).isEqualTo("practice");
            assertThat(p.message()).contains("#no-such-heading");
        });
    }

    @Test
    void validatePackWhenRelativeLinkTargetsMissingFileThenReportsBrokenLink() {
        List<Problem> problems = validateCase("broken-link-relative");

        assertThat(codes(problems)).containsExactly(BROKEN_LINK, BROKEN_LINK);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("missing.png"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("unit:<module-id>/<unit-id>"));
    }

    @Test
    void validatePackWhenLinkUsesJavascriptSchemeThenReportsUnsafeLink() {
        List<Problem> problems = validateCase("unsafe-link");

        assertThat(codes(problems)).containsExactly(UNSAFE_LINK);
        assertThat(problems.get(0).item()).startsWith("unit 'exercise' (fi");
    }

    @Test
    void validatePackWhenPrerequisiteIsUnknownThenReportsUnknownPrerequisite() {
        List<Problem> problems = validateCase("unknown-prerequisite");

        assertThat(codes(problems)).containsExactly(UNKNOWN_PREREQUISITE);
        assertThat(problems.get(0).module()).isEqualTo("practice");
        assertThat(problems.get(0).message()).contains("'advanced'");
    }

    @Test
    void validatePackWhenPrerequisitesFormCycleThenReportsPrerequisiteCycle() {
        assertThat(codes(validateCase("prerequisite-cycle"))).containsExactly(PREREQUISITE_CYCLE);
    }

    @Test
    void validatePackWhenUnitHasRawHtmlThenReportsRawHtml() {
        List<Problem> problems = validateCase("raw-html");

        // one HTML block in the Finnish file; <script> and </script> inline in the English file
        assertThat(codes(problems)).containsOnly(RAW_HTML).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p.item()).contains("(fi").contains("line 7"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("<script>"));
    }

    @Test
    void validatePackWhenHtmlIsOnlyInCodeThenReportsNoRawHtml() {
        // valid/demo's introduction shows <b> in a code span and <script> in a fenced code block
        assertThat(codes(validator.validatePack(VALID.resolve("demo")))).doesNotContain(RAW_HTML);
    }

    @Test
    void validatePackWhenPackHasSeveralProblemsThenReportsEveryOne() {
        List<Problem> problems = validateCase("several-problems");

        assertThat(codes(problems)).containsExactlyInAnyOrder(
                THRESHOLD_OUT_OF_RANGE, UNKNOWN_PREREQUISITE, MISSING_TRANSLATION, DUPLICATE_ID,
                RAW_HTML, RAW_HTML, BROKEN_LINK);
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).startsWith("[" + p.code() + "] pack 'demo'"));
    }

    @Test
    void validatePackWhenBrokenPackCopiedToTempDirThenSameProblemsReported(@TempDir Path temp) throws IOException {
        // guards against a test passing only because of where the files are
        Path source = BROKEN.resolve("no-correct-answer/demo");
        Path target = temp.resolve("demo");
        try (var files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        assertThat(codes(validator.validatePack(target))).containsExactly(NO_CORRECT_ANSWER);
    }
}
