package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.source.local.LocalDirectorySource;
import dev.hireable.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirCommandTest {

    @TempDir
    Path work;

    @Test
    void missingPathIsBadInputWithOneSentenceAndNoReport() {
        CliRun run = CliRun.run("dir", work.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("does not exist")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void filesAmongThePathsAreSkippedWithANoteAndTheRunIsAsIfTheyWereNotGiven() throws IOException {
        Path repo = repo("good");
        Path file = Files.writeString(work.resolve("notes.txt"), "x");

        CliRun withFile = CliRun.run("dir", file.toString(), repo.toString(), "--format", "json");
        CliRun without = CliRun.run("dir", repo.toString(), "--format", "json");

        assertThat(withFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(withFile.err()).contains("skipping '" + file + "': a file, not the directory of a repository");
        assertThat(withFile.out()).isEqualTo(without.out());
        assertThat(new ObjectMapper()
                        .readTree(withFile.out())
                        .path("subject")
                        .path("id")
                        .asText())
                .isEqualTo(repo.toString());
    }

    @Test
    void onlyFilesIsBadInputInOneSentence() throws IOException {
        Path first = Files.writeString(work.resolve("notes.txt"), "x");
        Path second = Files.writeString(work.resolve("todo.md"), "y");

        CliRun run = CliRun.run("dir", first.toString(), second.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("None of the 2 paths is a directory")
                .doesNotContain("audited")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingPathAmongDirectoriesIsStillBadInputBeforeAnythingIsAudited() throws IOException {
        CliRun run =
                CliRun.run("dir", repo("good").toString(), work.resolve("typo").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("'" + work.resolve("typo") + "' does not exist")
                .doesNotContain("audited");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedRuleFileStopsWithFileAndLineBeforeAnyAudit() throws IOException {
        Path rules = Files.createDirectories(work.resolve("my-rules"));
        Files.writeString(rules.resolve("ci.yaml"), "vocabulary:\n  systems:\n    drone: ['{unclosed']\n");

        CliRun run = CliRun.run("dir", repo("good").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("ci.yaml:3").contains("unbalanced").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonReportFollowsTheContract() throws IOException {
        CliRun run = CliRun.run("dir", repo("good").toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.path("generatedAt").asText()).isEqualTo("2026-11-25T14:00:00Z");
        assertThat(report.path("subject").path("kind").asText()).isEqualTo("dir");
        JsonNode repo = report.path("repos").get(0);
        assertThat(repo.path("id").asText()).isEqualTo("good");
        assertThat(repo.path("signals").path("ci").asBoolean()).isTrue();
        assertThat(repo.path("findings")).anySatisfy(f -> {
            assertThat(f.path("rule").asText()).isEqualTo("ci.present");
            assertThat(f.path("outcome").asText()).isEqualTo("pass");
            assertThat(f.path("evidence").get(0).path("path").asText()).isEqualTo(".github/workflows/ci.yml");
        });
        assertThat(report.path("portfolio").path("slots").has("mlops")).isTrue();
        assertThat(report.path("errors").isArray()).isTrue();
    }

    @Test
    void outputFileReceivesTheWholeReportAndStdoutStaysEmpty() throws IOException {
        Path output = work.resolve("out/report.json");

        CliRun run = CliRun.run("dir", repo("good").toString(), "--format", "json", "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper()
                        .readTree(output.toFile())
                        .path("schemaVersion")
                        .asInt())
                .isEqualTo(1);
        try (var listing = Files.list(output.getParent())) {
            assertThat(listing).containsExactly(output);
        }
    }

    @Test
    void scoreBelowFailUnderExitsWithOne() throws IOException {
        CliRun run = CliRun.run("dir", repo("good").toString(), "--fail-under", "100");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BELOW_THRESHOLD);
        assertThat(run.err()).contains("below --fail-under 100");
    }

    @Test
    void failUnderOutsideZeroToHundredIsBadInput() throws IOException {
        for (String threshold : new String[] {"500", "-3", "101", "sixty", "4.5"}) {
            CliRun run = CliRun.run("dir", repo("good").toString(), "--fail-under", threshold);

            assertThat(run.exitCode()).as(threshold).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("'" + threshold + "' is not a score: give a whole number from 0 to 100");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void mistypedOptionGetsASuggestionAsAMistypedCommandDoes() throws IOException {
        CliRun option = CliRun.run("dir", repo("good").toString(), "--fromat", "json");
        CliRun command = CliRun.run("dri", repo("good").toString());

        assertThat(option.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(option.err()).contains("Unknown option: '--fromat'", "Did you mean '--format'?");
        assertThat(command.err()).contains("Did you mean 'dir'?");
    }

    @Test
    void textReportWrapsToColumnsAndDetailAddsTheFindings() throws IOException {
        Path repo = repo("good");
        CliRun brief = CliRun.run(Map.of("COLUMNS", "60"), "dir", repo.toString());
        CliRun detailed = CliRun.run(Map.of("COLUMNS", "60"), "dir", repo.toString(), "--detail");

        assertThat(brief.out().lines())
                .allSatisfy(
                        line -> assertThat(line.length() <= 60 || !line.strip().contains(" "))
                                .isTrue());
        assertThat(detailed.out().lines())
                .allSatisfy(
                        line -> assertThat(line.length() <= 60 || !line.strip().contains(" "))
                                .isTrue());
        assertThat(brief.out()).doesNotContain("[readme.problem]");
        assertThat(detailed.out())
                .contains("[readme.problem]")
                .hasSizeGreaterThan(brief.out().length());
    }

    @Test
    void helpWrapsBetweenWordsSoNoUrlIsSplit() {
        CliRun run = CliRun.run("user", "--help");

        assertThat(run.out())
                .contains("https://api.github.com", "https://raw.githubusercontent.com", "https://HOST/api/v3");
        assertThat(CliRun.run("action", "--help").out()).contains("OWNER/NAME:folder");
    }

    @Test
    void textReportIsColouredOnlyOnATerminalWithoutNoColor() throws IOException {
        Path repo = repo("good");
        assertThat(CliRun.run(Map.of(), true, "dir", repo.toString()).out()).contains("\u001b[");
        assertThat(CliRun.run(Map.of("NO_COLOR", "1"), true, "dir", repo.toString())
                        .out())
                .doesNotContain("\u001b[");
        assertThat(CliRun.run(Map.of(), false, "dir", repo.toString()).out()).doesNotContain("\u001b[");
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        CliRun run = CliRun.run("dir", repo("good").toString(), "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'pdf' is not a report format");
    }

    @Test
    void helpTeachesWithExamples() {
        CliRun run = CliRun.run("dir", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Examples:").contains("hireable dir").contains("--format");
    }

    @Test
    void repositoriesAuditedSideBySideComeOutInTheOrderGivenWithEveryProgressLine() throws IOException {
        List<String> names = List.of("zeta", "alpha", "mid", "beta", "omega", "gamma");
        List<String> args = new ArrayList<>(List.of("dir"));
        for (String name : names) {
            args.add(repo(name).toString());
        }
        args.addAll(List.of("--format", "json"));

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<String> ids = new ArrayList<>();
        new ObjectMapper()
                .readTree(run.out())
                .path("repos")
                .forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(names);
        assertThat(run.err().lines().filter(l -> l.matches("\\[\\d/6] audited \\w+")))
                .hasSize(6)
                .anySatisfy(l -> assertThat(l).startsWith("[6/6]"));
        assertThat(LocalDirectorySource.concurrency(names.size()))
                .isBetween(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors()));
        assertThat(LocalDirectorySource.concurrency(1)).isEqualTo(1);
    }

    private Path repo(String name) throws IOException {
        Path repo = work.resolve(name);
        Files.createDirectories(repo.resolve(".github/workflows"));
        Files.writeString(repo.resolve(".github/workflows/ci.yml"), "on: push\njobs: {}\n");
        Files.writeString(repo.resolve("README.md"), "# A project\n");
        return repo;
    }

    @Test
    void readmeOfARepositoryWithThousandsOfSmallFilesIsReadBeforeTheBudgetIsSpent() throws IOException {
        Path repo = Files.createDirectories(work.resolve("big"));
        Files.writeString(
                repo.resolve("README.md"),
                "# Churn\n\n## Problem\n\nCustomers leave; we predict who, weekly, "
                        + "so the retention team can call them first.\n\n## Results\n\n| metric | value |\n|---|---|\n| F1 | 0.81 |\n");
        Path code = Files.createDirectories(repo.resolve("src/generated"));
        for (int i = 0; i < 6_000; i++) {
            Files.writeString(code.resolve("m" + i + ".py"), "x = " + i + "\n");
        }

        JsonNode report = new ObjectMapper()
                .readTree(CliRun.run("dir", repo.toString(), "--format", "json").out());

        JsonNode findings = report.path("repos").get(0).path("findings");
        assertThat(outcome(findings, "readme.readable")).isNotEqualTo("fail");
        assertThat(outcome(findings, "readme.results")).isEqualTo("pass");
        assertThat(report.path("repos")
                        .get(0)
                        .path("signals")
                        .path("readme")
                        .path("problem")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void repoTimeoutMustBeAPositiveNumberOfSeconds() throws IOException {
        CliRun run = CliRun.run("dir", repo("good").toString(), "--repo-timeout", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--repo-timeout must be a number of seconds");
    }

    private static String outcome(JsonNode findings, String rule) {
        for (JsonNode finding : findings) {
            if (finding.path("rule").asText().equals(rule)) {
                return finding.path("outcome").asText();
            }
        }
        return "absent";
    }
}
