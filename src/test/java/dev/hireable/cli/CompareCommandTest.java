package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hireable compare} on two real reports of the sample portfolio (examples/), audited before and after the fix
 * its first next step asks for: a "What I would do differently" section in review-sentiment's README, which
 * completes the fine-tuned transformer slot.
 */
class CompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Path before;
    private static Path after;

    @BeforeAll
    static void auditBeforeAndAfterTheFix() throws IOException {
        Path portfolio = work.resolve("portfolio");
        for (String name : List.of("churn-guard", "review-sentiment", "titanic-notebook")) {
            TestFolders.copyTree(Path.of("examples", name), portfolio.resolve(name));
        }
        before = audit(portfolio, "before.json");
        Files.writeString(
                portfolio.resolve("review-sentiment/README.md"),
                """

                ## What I would do differently

                The model is trained on English reviews only and overfits short ones. Next I would try a larger base
                model, add tests for the preprocessing, and retrain on fresh reviews every month.
                """,
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        after = audit(portfolio, "after.json");
    }

    @Test
    void textLeadsWithTheSlotTheFixCompletesAndTheScoreItAdds() throws IOException {
        CliRun run = CliRun.run("compare", before.toString(), after.toString());
        JsonNode old = JSON.readTree(before.toFile()).path("portfolio");
        JsonNode now = JSON.readTree(after.toFile()).path("portfolio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith("This change completes the Fine-tuned transformer slot: " + "standard met 1/3 → 2/3, score "
                        + old.path("score").asInt() + " → " + now.path("score").asInt() + " (+");
        assertThat(run.out())
                .contains(
                        "+ Fine-tuned transformer: now met by review-sentiment (was partly met, fit ",
                        "review-sentiment: score",
                        "fixed: ",
                        "[readme.retrospective]",
                        "2 other repositories are unchanged.");
        assertThat(run.out()).doesNotContain("new failure");
    }

    @Test
    void jsonNamesEachSlotsChangeAndEachRepositorysFixes() throws IOException {
        CliRun run = CliRun.run("compare", before.toString(), after.toString(), "--format", "json");

        JsonNode comparison = JSON.readTree(run.out());
        assertThat(comparison.path("regressed").asBoolean()).isFalse();
        assertThat(comparison.path("before").path("standardMet").asInt()).isEqualTo(1);
        assertThat(comparison.path("after").path("standardMet").asInt()).isEqualTo(2);
        assertThat(comparison.findValues("change").stream()
                        .map(JsonNode::asText)
                        .toList()
                        .subList(0, 3))
                .containsExactly("unchanged", "completed", "unchanged");
        JsonNode sentiment = comparison.path("repos").get(1);
        assertThat(sentiment.path("id").asText()).isEqualTo("review-sentiment");
        assertThat(sentiment.path("scoreAfter").asInt())
                .isGreaterThan(sentiment.path("scoreBefore").asInt());
        assertThat(sentiment.path("fixed").findValuesAsText("rule")).contains("readme.retrospective");
        assertThat(comparison.path("repos").get(0).path("change").asText()).isEqualTo("unchanged");
    }

    @Test
    void reversedTheChangeLosesTheSlotAndFailsOnRegressionWhenAsked() {
        CliRun plain = CliRun.run("compare", after.toString(), before.toString(), "--format", "markdown");
        CliRun strict = CliRun.run("compare", after.toString(), before.toString(), "--fail-on-regression");

        assertThat(plain.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(plain.out())
                .contains(
                        "**This change loses the Fine-tuned transformer slot: standard met 2/3 → 1/3",
                        "| ❌ Fine-tuned transformer | lost |",
                        "- ❌ new failure: ",
                        "`readme.retrospective`");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.BELOW_THRESHOLD);
        assertThat(CliRun.run("compare", before.toString(), after.toString(), "--fail-on-regression")
                        .exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void htmlIsASelfContainedPageWithTheHeadlineAndEscapedValues() throws IOException {
        Path page = work.resolve("change.html");
        CliRun run = CliRun.run(
                "compare", before.toString(), after.toString(), "--format", "html", "--output", page.toString());

        Document document = Jsoup.parse(Files.readString(page));
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(document.select("script, img, link")).isEmpty();
        assertThat(document.select("#verdict").text())
                .startsWith("This change completes the Fine-tuned transformer slot");
        assertThat(document.select("#slots tr[data-slot=transformer_finetune] .pill.met")
                        .text())
                .isEqualTo("completed");
        assertThat(document.select("article.repo-change[data-repo=review-sentiment] li.pass")
                        .text())
                .contains("readme.retrospective");
    }

    @Test
    void fileThatIsNotAHireableReportIsBadInputInOneSentence() throws IOException {
        Path other =
                Files.writeString(work.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        Path broken = Files.writeString(work.resolve("broken.json"), "{\"schemaVersion\": 1,");
        String future = Files.readString(after).replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        Path newer = Files.writeString(work.resolve("newer.json"), future);

        assertBadInput(
                CliRun.run("compare", other.toString(), after.toString()), other + " is not a hireable JSON report");
        assertBadInput(
                CliRun.run("compare", before.toString(), broken.toString()), broken + " is not JSON (line 1, column");
        assertBadInput(
                CliRun.run("compare", before.toString(), newer.toString()),
                newer + " is a hireable report of schemaVersion 2; this hireable reads schemaVersion 1");
        assertBadInput(
                CliRun.run("compare", work.resolve("nope.json").toString(), after.toString()),
                "nope.json does not exist");
        assertBadInput(
                CliRun.run("compare", before.toString(), after.toString(), "--format", "sarif"),
                "compare writes text, json, markdown or html, not sarif");
    }

    private static void assertBadInput(CliRun run, String sentence) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(sentence).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    private static Path audit(Path portfolio, String name) {
        Path report = work.resolve(name);
        CliRun run = CliRun.run(
                "dir",
                portfolio.resolve("churn-guard").toString(),
                portfolio.resolve("review-sentiment").toString(),
                portfolio.resolve("titanic-notebook").toString(),
                "--format",
                "json",
                "--output",
                report.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return report;
    }
}
