package dev.hireable.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.SampleReports;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RankingRenderersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @Test
    void entryReadsSlotsScoreAndRedFlagsFromTheJsonReport() {
        RankingEntry entry = entry("jdoe-ml", "candidates/jdoe-ml.html");

        assertThat(entry.standardMet()).isEqualTo(2);
        assertThat(entry.score()).isEqualTo(74);
        assertThat(entry.slot(dev.hireable.rules.Archetype.MLOPS)).hasValue("jdoe-ml/churn-guard");
        assertThat(entry.meets(dev.hireable.rules.Archetype.TRANSFORMER_FINETUNE))
                .isFalse();
        assertThat(entry.redFlags())
                .containsExactly(
                        "jdoe-ml/titanic-notebook uses a toy dataset (titanic), which rules it out as the tabular project.",
                        "jdoe-ml/titanic-notebook lives only in notebooks (no script trains or serves the model), so its score is capped at 40.");
        assertThat(entry.partial()).isTrue();
    }

    @Test
    void redFlagsReadFromJsonMatchThoseOfTheReport() {
        var report = SampleReports.rich();

        RankingEntry entry =
                RankingEntry.fromReportJson("jdoe-ml", new JsonReportRenderer().toJson(report), "a.json", "a.md");

        assertThat(entry.redFlags())
                .isNotEmpty()
                .isEqualTo(report.portfolio().redFlags().stream()
                        .map(dev.hireable.standard.RedFlag::message)
                        .toList());
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() throws IOException {
        Ranking ranking = new Ranking(
                "list.txt",
                NOW,
                List.of(entry("jdoe-ml", "candidates/jdoe-ml.html")),
                List.of(new Ranking.Unranked("=HYPERLINK(\"http://evil\")", 4, "not a login, \"really\"")),
                true);

        String csv = render(new RankingCsvRenderer(), ranking);

        assertThat(csv)
                .contains(
                        "\r\n1,jdoe-ml,partial,2,74,jdoe-ml/fraud-radar,jdoe-ml/review-sentiment (not met),jdoe-ml/churn-guard,");
        assertThat(csv).contains("\r\n,\"'=HYPERLINK(\"\"http://evil\"\")\",not audited,");
        assertThat(csv).contains("\"line 4: not a login, \"\"really\"\"\"\r\n");
    }

    @Test
    void htmlLinksOnlyToReportFilesBesideIt() throws IOException {
        Ranking ranking = new Ranking(
                "list.txt",
                NOW,
                List.of(
                        entry("jdoe-ml", "candidates/jdoe-ml.html"),
                        entry("mallory", "javascript:alert(1)"),
                        entry("eve", "../../etc/passwd")),
                List.of(),
                true);

        var document = Jsoup.parse(render(new RankingHtmlRenderer(), ranking));

        assertThat(document.select("a").eachAttr("href")).containsExactly("candidates/jdoe-ml.html");
        assertThat(document.select("#ranking tbody tr")).hasSize(3);
        assertThat(document.select("script"))
                .as("only the table-sorting script, with no candidate data in it")
                .hasSize(1)
                .allSatisfy(script -> assertThat(script.data()).doesNotContain("mallory", "javascript:", "passwd"));
    }

    @Test
    void htmlPolicyAllowsItsOneScriptByTheHashOfItsExactTextAndNothingElse() throws Exception {
        Ranking ranking =
                new Ranking("list.txt", NOW, List.of(entry("jdoe-ml", "candidates/jdoe-ml.html")), List.of(), true);

        var document = Jsoup.parse(render(new RankingHtmlRenderer(), ranking));
        String policy =
                document.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        String script = document.select("script").first().data();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));

        assertThat(policy)
                .contains("default-src 'none'", "script-src 'sha256-" + hash + "';")
                .doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .isEqualTo("script-src 'sha256-" + hash + "'");
        assertThat(document.select("#ranking th[data-sort]")).hasSize(4 + 3 + 1);
    }

    @Test
    void htmlChartCountsCandidatesBySlotsMetInTextNotAnImage() throws IOException {
        Ranking ranking = new Ranking(
                "list.txt",
                NOW,
                List.of(entry("jdoe-ml", "candidates/jdoe-ml.html"), entry("ada", "candidates/ada.html")),
                List.of(),
                true);

        var document = Jsoup.parse(render(new RankingHtmlRenderer(), ranking));

        assertThat(document.select(".distribution").text()).isEqualTo("3/3 met 0 2/3 met 2 1/3 met 0 0/3 met 0");
        assertThat(document.select(".dist-bar.partial").attr("style")).isEqualTo("width:100%");
    }

    @Test
    void unfinishedBatchSaysSoInMarkdown() throws IOException {
        Ranking ranking = new Ranking(
                "list.txt",
                NOW,
                List.of(entry("jdoe-ml", "candidates/jdoe-ml.md")),
                List.of(new Ranking.Unranked("bob", 3, "not audited yet: rate limit")),
                false);

        String markdown = render(new RankingMarkdownRenderer(), ranking);

        assertThat(markdown)
                .contains(
                        "rerun the same command",
                        "| 1 | [jdoe-ml](candidates/jdoe-ml.md) ⚠️ partial | 2/3 | 74 |",
                        "- line 3: `bob`: not audited yet: rate limit");
    }

    private static RankingEntry entry(String login, String reportFile) {
        return RankingEntry.fromReportJson(
                login,
                new JsonReportRenderer().toJson(SampleReports.rich()),
                "candidates/" + login + ".json",
                reportFile);
    }

    private static String render(RankingRenderer renderer, Ranking ranking) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(ranking, out);
        return out.toString();
    }
}
