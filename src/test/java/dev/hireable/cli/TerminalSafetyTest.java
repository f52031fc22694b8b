package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a candidate writes cannot drive the reviewer's terminal or a CI log: no escape sequence reaches standard
 * output or standard error, and no line of either starts a GitHub Actions workflow command.
 */
class TerminalSafetyTest {

    @TempDir
    Path work;

    @Test
    void ignoreReasonWithEscapeSequencesAndANewlineIsShownInert() throws IOException {
        Path repo = Files.createDirectories(work.resolve("churn"));
        Files.writeString(repo.resolve("README.md"), "# Churn\n");
        Files.writeString(
                repo.resolve(".hireable.yml"),
                "ignore:\n  ci.present: \"\\e]0;TITLE\\a\\e[2JStandard met: 3/3" + "\\n::error title=PWNED::x\"\n");

        CliRun run = CliRun.run(Map.of(), true, "dir", "--detail", repo.toString());

        assertInert(run);
        assertThat(run.out()).contains("\\x1b]0;TITLE\\x07\\x1b[2JStandard met: 3/3\\n::error title=PWNED::x");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void repositoryNamedLikeAWorkflowCommandIsShownInert() throws IOException {
        Path repo = Files.createDirectories(work.resolve("bad\n::error title=PWNED::x"));
        Files.writeString(repo.resolve("README.md"), "# Bad\n");

        CliRun run = CliRun.run(Map.of("NO_COLOR", "1"), false, "dir", "--detail", repo.toString());

        assertInert(run);
        assertThat(run.err()).contains("bad\\n::error title=PWNED::x");
    }

    /** Colour is off (NO_COLOR, or not a terminal), so no escape at all may appear; no line may be a command. */
    private static void assertInert(CliRun run) {
        for (String stream : new String[] {run.out(), run.err()}) {
            assertThat(stream.lines()).noneMatch(line -> line.strip().startsWith("::"));
            assertThat(stream).doesNotContain("\u001b]").doesNotContain("\u0007");
        }
    }
}
