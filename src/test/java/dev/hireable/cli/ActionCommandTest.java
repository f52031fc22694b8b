package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import dev.hireable.testing.TestFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hireable action` in a simulated GitHub Actions step, against the fake GitHub. */
class ActionCommandTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path FIXTURES = ActionWorkflowRun.FIXTURES;

    @TempDir
    Path root;

    private FakeGitHub github;
    private FakeGitHub.User jdoe;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        jdoe = github.user("jdoe-ml");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private void deleteSummary() {
        try {
            java.nio.file.Files.deleteIfExists(root.resolve("step-summary.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ActionWorkflowRun step(String repository) {
        return new ActionWorkflowRun(github, root, repository);
    }

    /** The workspace jdoe-ml/churn-guard, whose .hireable.yml lists itself and jdoe-ml/review-sentiment. */
    private ActionWorkflowRun manifestPortfolio() {
        jdoe.repo("churn-guard", EXAMPLES.resolve("churn-guard"));
        jdoe.repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        return step("jdoe-ml/churn-guard")
                .checkout(EXAMPLES.resolve("churn-guard"))
                .checkout(FIXTURES.resolve("manifest"));
    }

    @Test
    void manifestProjectsAreAuditedWithTheWorkspaceReadFromDisk() {
        ActionWorkflowRun step = manifestPortfolio();

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("from .hireable.yml");
        assertThat(step.summary())
                .contains("Standard met")
                .contains("jdoe-ml/churn-guard")
                .contains("jdoe-ml/review-sentiment");
        assertThat(github.requests("/repos/jdoe-ml/review-sentiment")).isNotEmpty();
        assertThat(github.requests("/repos/jdoe-ml/churn-guard")).isEmpty();
        assertThat(github.requests("/jdoe-ml/churn-guard/")).isEmpty();
        assertThat(github.everythingReceived()).doesNotContain("churn-guard");
    }

    @Test
    void outputsGiveScoreStandardMetVerdictAndAnExistingReportPath() {
        ActionWorkflowRun step = manifestPortfolio();

        CliRun run = step.run();

        Map<String, String> outputs = step.outputs();
        assertThat(outputs).containsOnlyKeys("score", "standard-met", "verdict", "report-path", "change");
        assertThat(outputs.get("change"))
                .as("nothing compared without compare-to")
                .isEmpty();
        assertThat(Integer.parseInt(outputs.get("score"))).isBetween(0, 100);
        assertThat(Integer.parseInt(outputs.get("standard-met"))).isBetween(0, 3);
        assertThat(outputs.get("verdict")).isNotBlank();
        Path report = Path.of(outputs.get("report-path"));
        assertThat(report).exists().hasFileName("hireable-report.md").startsWith(root.resolve("runner-temp"));
        assertThat(ActionWorkflowRun.read(report)).contains("Standard met " + outputs.get("standard-met") + "/3");
        assertThat(run.out()).doesNotContain("Standard met");
    }

    @Test
    void pullRequestSummaryStartsWithWhatTheChangeDoesComparedWithTheBaseBranchsReport() throws Exception {
        Path base = root.resolve("base");
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(project(base, "review-sentiment"))
                .input("paths", "review-sentiment");
        Path baseReport = root.resolve("base.json");
        CliRun baseAudit = CliRun.run(
                "dir",
                base.resolve("review-sentiment").toString(),
                "--format",
                "json",
                "--output",
                baseReport.toString());
        Files.writeString(
                step.workspace().resolve("review-sentiment/README.md"),
                "\n## What I would do differently\n\nThe model "
                        + "knows English reviews only; next I would try a larger base model and add tests.\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = step.input("compare-to", baseReport.toString()).run();

        assertThat(baseAudit.exitCode()).as(baseAudit.err()).isZero();
        assertThat(run.exitCode()).as(run.err()).isZero();
        String summary = step.summary();
        assertThat(summary)
                .startsWith("## What this change does\n\n**This change completes the Fine-tuned transformer slot: "
                        + "standard met 0/3 → 1/3");
        assertThat(summary)
                .contains(
                        "| ✅ Fine-tuned transformer | completed |",
                        "✅ fixed: ",
                        "`readme.retrospective`",
                        "Standard met 1/3");
        assertThat(summary.indexOf("What this change does")).isLessThan(summary.indexOf("Standard met 1/3"));
        assertThat(step.outputs().get("change")).startsWith("This change completes the Fine-tuned transformer slot");
    }

    @Test
    void baseReportThatIsMissingOrNotAReportIsToldWithoutFailingTheStep() throws Exception {
        ActionWorkflowRun missing = step("jdoe-ml/portfolio")
                .checkout(project(root.resolve("base"), "review-sentiment"))
                .input("paths", "review-sentiment")
                .input("compare-to", "no-base.json");
        CliRun first = missing.run();
        String firstSummary = missing.summary();
        deleteSummary();
        Files.writeString(root.resolve("workspace/notes.json"), "[1, 2, 3]");
        CliRun second = missing.input("compare-to", "notes.json").run();

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(firstSummary)
                .startsWith("> No base report at `no-base.json`: nothing to compare")
                .contains("Standard met");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out())
                .contains("::warning title=hireable compare-to::")
                .contains("is not a hireable JSON report");
        assertThat(missing.summary())
                .startsWith("> ⚠️ Not compared with the base: ")
                .contains("Standard met");
        assertThat(missing.outputs().get("change")).isEmpty();
    }

    /** A folder holding a copy of examples/NAME as NAME, to check out as a workspace. */
    private static Path project(Path folder, String name) throws java.io.IOException {
        TestFolders.copyTree(EXAMPLES.resolve(name), folder.resolve(name));
        return folder;
    }

    @Test
    void workspaceRepositoryTakesItsMetadataFromTheEventPayloadAndItsCommitFromTheEnvironment() throws Exception {
        ActionWorkflowRun step = step("jdoe-ml/churn-guard")
                .checkout(EXAMPLES.resolve("churn-guard"))
                .input("paths", ".")
                .input("format", "json");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder()
                .build()
                .readTree(ActionWorkflowRun.read(Path.of(step.outputs().get("report-path"))));
        JsonNode repo = report.get("repos").get(0);
        assertThat(repo.get("id").asText()).isEqualTo("jdoe-ml/churn-guard");
        assertThat(repo.get("url").asText()).isEqualTo("https://github.com/jdoe-ml/churn-guard");
        assertThat(repo.get("commit").asText()).isEqualTo(ActionWorkflowRun.SHA);
        assertThat(repo.get("signals").get("endpoint").get("liveUrls").toString())
                .contains("https://churn-guard.onrender.com");
        assertThat(repo.toString())
                .contains("https://github.com/jdoe-ml/churn-guard/blob/" + ActionWorkflowRun.SHA + "/");
        assertThat(github.api().getAllServeEvents()).isEmpty();
        assertThat(github.rawRequests()).isZero();
    }

    @Test
    void annotationsAreCappedAtTenPerLevelThenOneNoticeCountsTheRest() {
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(FIXTURES.resolve("many-findings"))
                .input("paths", "a b\nc,d");

        CliRun run = step.run();

        List<String> lines = run.out().lines().toList();
        assertThat(lines).allMatch(line -> line.startsWith("::"));
        assertThat(lines.stream().filter(l -> l.startsWith("::warning ")))
                .hasSize(10)
                .allMatch(l -> l.matches(
                        "::warning file=[abcd]/(Dockerfile|README\\.md),line=\\d+,title=hireable [a-z_.]+::.+"));
        assertThat(lines.get(0))
                .startsWith("::warning file=a/Dockerfile,line=1,title=hireable dockerfile.pinned_base::")
                .contains("python:latest");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("::notice title=hireable::2 more findings with a file and line are "
                        + "in the job summary and the report.");
        assertThat(step.summary()).contains("jdoe-ml/portfolio:a").contains("jdoe-ml/portfolio:d");
    }

    @Test
    void badgeAndSarifAreWrittenWhereAsked() throws Exception {
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(FIXTURES.resolve("many-findings"))
                .input("paths", "a")
                .input("badge", ".github/hireable-badge.json")
                .input("sarif", "hireable.sarif");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode badge = JsonMapper.builder()
                .build()
                .readTree(
                        step.workspace().resolve(".github/hireable-badge.json").toFile());
        assertThat(badge.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(badge.get("label").asText()).contains("self-reported");
        assertThat(badge.get("message").asText())
                .isEqualTo(step.outputs().get("standard-met") + "/3 standard · "
                        + step.outputs().get("score") + "/100");
        JsonNode sarif = JsonMapper.builder()
                .build()
                .readTree(step.workspace().resolve("hireable.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.toString()).contains("dockerfile.pinned_base");
    }

    @Test
    void scoreBelowFailUnderExitsOneAfterWritingEverything() {
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(FIXTURES.resolve("many-findings"))
                .input("paths", "a")
                .input("fail-under", "90")
                .input("badge", "badge.json");

        CliRun run = step.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.BELOW_THRESHOLD);
        assertThat(run.err()).contains("is below fail-under 90");
        assertThat(step.summary()).contains("Standard met");
        assertThat(step.outputs()).containsKeys("score", "report-path");
        assertThat(step.workspace().resolve("badge.json")).exists();
        assertThat(run.out())
                .contains("::warning file=a/Dockerfile")
                .containsPattern("(?m)^::error title=hireable::the portfolio score \\d+ is below fail-under 90\\.$");
        assertThat(step.summary().replace("\\", ""))
                .containsPattern("The step fails: the portfolio score \\d+ is below fail-under 90");
    }

    @Test
    void repositoryThatCannotBeAuditedMakesAPartialRunThatStillWritesEverything() {
        jdoe.repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        jdoe.repo("nothing-yet");
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(FIXTURES.resolve("many-findings"))
                .input("repos", "jdoe-ml/review-sentiment jdoe-ml/nothing-yet")
                .input("paths", "a")
                .input("fail-under", "0");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(step.summary()).contains("jdoe-ml/nothing-yet").contains("jdoe-ml/review-sentiment");
        assertThat(step.outputs()).containsKeys("score", "standard-met", "verdict", "report-path");
        assertThat(Path.of(step.outputs().get("report-path"))).exists();
    }

    @Test
    void outsideGitHubActionsIsAUsageErrorInOneSentence() {
        CliRun run = step("jdoe-ml/portfolio")
                .without("GITHUB_WORKSPACE")
                .without("GITHUB_ACTIONS")
                .run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip())
                .startsWith("hireable: hireable action runs inside GitHub Actions")
                .doesNotContain("Exception")
                .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void tokenNeverAppearsInAnyOutput() {
        ActionWorkflowRun step =
                manifestPortfolio().input("badge", "badge.json").input("sarif", "out.sarif");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(github.everythingReceived()).contains(ActionWorkflowRun.TOKEN);
        assertThat(run.out() + run.err() + step.everythingWritten())
                .doesNotContain(ActionWorkflowRun.TOKEN)
                .doesNotContain(ActionWorkflowRun.TOKEN.substring(4, 20));
    }

    @Test
    void readmeLinksToTheOwnersRepositoriesAreThePortfolioWhenThereIsNoManifest() {
        jdoe.repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        ActionWorkflowRun step = step("jdoe-ml/jdoe-ml").checkout(FIXTURES.resolve("readme-links"));

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("auditing jdoe-ml/review-sentiment (from the repositories README.md links to)");
        assertThat(step.summary()).contains("jdoe-ml/review-sentiment").doesNotContain("scikit-learn");
    }

    @Test
    void ownerRepositoriesAreTheLastFallbackWithTheWorkspaceReadFromDisk() {
        jdoe.repo("churn-guard", EXAMPLES.resolve("churn-guard"));
        jdoe.repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        ActionWorkflowRun step = step("jdoe-ml/churn-guard").checkout(EXAMPLES.resolve("churn-guard"));

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("(from the repositories of jdoe-ml)");
        assertThat(step.summary()).contains("jdoe-ml/churn-guard").contains("jdoe-ml/review-sentiment");
        assertThat(github.requests("/repos/jdoe-ml/churn-guard")).isEmpty();
        assertThat(github.requests("/jdoe-ml/churn-guard/")).isEmpty();
        assertThat(github.requests("/repos/jdoe-ml/review-sentiment/git/trees")).hasSize(1);
    }

    @Test
    void userInputNamingSomeoneElseAuditsTheirRepositoriesInsteadOfTheWorkspace() {
        github.user("candidate-b").repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        ActionWorkflowRun step = manifestPortfolio().input("user", "candidate-b");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(step.summary()).contains("candidate-b/review-sentiment").doesNotContain("jdoe-ml/churn-guard");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void commandLineOptionsOverrideTheInputs() {
        ActionWorkflowRun step = step("jdoe-ml/portfolio")
                .checkout(FIXTURES.resolve("many-findings"))
                .input("paths", "a")
                .input("format", "json")
                .option("--format", "html", "--paths", "b");

        CliRun run = step.run();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(step.outputs().get("report-path")).endsWith("hireable-report.html");
        assertThat(step.summary()).contains("jdoe-ml/portfolio:b").doesNotContain("jdoe-ml/portfolio:a");
    }

    @Test
    void badInputsAreUsageErrorsBeforeAnythingIsAudited() {
        assertThat(step("jdoe-ml/portfolio").input("fail-under", "sixty").run().exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        CliRun missingFolder =
                step("jdoe-ml/portfolio").input("paths", "no-such-project").run();
        assertThat(missingFolder.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missingFolder.err()).contains("'no-such-project' does not exist in the workspace jdoe-ml/portfolio");
        assertThat(step("jdoe-ml/portfolio").input("format", "pdf").run().err())
                .contains("'pdf' is not a report format");
        CliRun probe =
                step("jdoe-ml/portfolio").input("probe-endpoints", "yes please").run();
        assertThat(probe.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(probe.err()).contains("the probe-endpoints input must be true or false");
    }

    @Test
    void unknownRepositoryIsExplainedInTheJobSummary() {
        ActionWorkflowRun step = step("jdoe-ml/portfolio").input("repos", "jdoe-ml/no-such-repo");

        CliRun run = step.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(step.summary().replace("\\", ""))
                .contains("hireable could not audit the portfolio")
                .contains("no-such-repo");
        assertThat(run.out()).startsWith("::error title=hireable::").contains("no-such-repo");
    }

    @Test
    void everyFailureBeforeTheAuditIsToldInTheJobSummaryAndAsAnError() {
        Map<String, ActionWorkflowRun> failures = Map.of(
                "'nope' does not exist in the workspace",
                        step("jdoe-ml/portfolio").checkout(EXAMPLES).input("paths", "churn-guard nope"),
                "the fail-under input must be a whole number",
                        step("jdoe-ml/portfolio").input("fail-under", "sixty"),
                "'pdf' is not a report format", step("jdoe-ml/portfolio").input("format", "pdf"),
                "GITHUB_WORKSPACE is not set", step("jdoe-ml/portfolio").without("GITHUB_WORKSPACE"),
                "GITHUB_REPOSITORY must name the repository",
                        step("jdoe-ml/portfolio").without("GITHUB_REPOSITORY"));
        for (Map.Entry<String, ActionWorkflowRun> failure : failures.entrySet()) {
            ActionWorkflowRun step = failure.getValue();
            CliRun run = step.run();

            assertThat(run.exitCode()).as(failure.getKey()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(failure.getKey()).contains(failure.getKey());
            assertThat(run.out().lines())
                    .as(failure.getKey())
                    .containsExactly(
                            "::error title=hireable::" + run.err().strip().replaceFirst("^hireable: ", ""));
            assertThat(step.summary().replace("\\", ""))
                    .as(failure.getKey())
                    .contains("hireable could not audit the portfolio")
                    .contains(failure.getKey());
            deleteSummary();
        }
    }
}
