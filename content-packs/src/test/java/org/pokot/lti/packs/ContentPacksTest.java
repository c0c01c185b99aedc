package org.pokot.lti.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build-time gate: validates every pack under src/main/resources/packs, or, when an author runs
 * {@code mvn -pl content-packs test -Dpacks.dir=/path/to/packs}, every pack in that folder.
 */
class ContentPacksTest {

    /** The folder to validate: -Dpacks.dir, set by the pom to src/main/resources/packs by default. */
    static Path packsDir() {
        String dir = System.getProperty("packs.dir");
        Path path = Path.of(dir == null || dir.isBlank() ? "src/main/resources/packs" : dir);
        String base = System.getProperty("packs.baseDir");
        if (!path.isAbsolute() && base != null && !base.isBlank()) {
            path = Path.of(base).resolve(path);
        }
        return path.toAbsolutePath().normalize();
    }

    @Test
    void packsWhenValidatedThenReportNoProblems() {
        Path dir = packsDir();
        List<Problem> problems = new PackValidator().validateFolder(dir);
        System.out.println("Validated packs in " + dir + ": "
                + (problems.isEmpty() ? "no problems" : PackValidator.format(problems)));
        if (!problems.isEmpty()) {
            fail("Packs in " + dir + " are not valid. " + PackValidator.format(problems));
        }
        assertThat(problems).isEmpty();
    }
}
