package dev.hireable.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.SamplePortfolio;
import dev.hireable.report.SampleReports;
import dev.hireable.rules.catalog.RuleCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportComparisonTest {

    private static final JsonReportRenderer JSON = new JsonReportRenderer();

    private static ObjectNode sample;

    @BeforeAll
    static void auditTheSample() throws Exception {
        sample = JSON.toJson(SamplePortfolio.audit(RuleCatalog.builtIn()));
    }

    @Test
    void reportComparedWithItselfKeepsEverything() {
        ReportComparison same = ReportComparison.of(summary(sample), summary(sample));

        assertThat(same.headline()).isEqualTo("This change keeps standard met 1/3; score 25 (unchanged).");
        assertThat(same.changedRepos()).isEmpty();
        assertThat(same.slots())
                .allSatisfy(slot -> assertThat(slot.kind()).isEqualTo(ReportComparison.SlotChange.Kind.UNCHANGED));
        assertThat(same.regressed()).isFalse();
    }

    @Test
    void localCheckoutsMatchTheSameProjectsOnGitHubByName() throws Exception {
        AuditReport directories = SamplePortfolio.auditAsDirectories(RuleCatalog.builtIn());

        ReportComparison comparison = ReportComparison.of(summary(sample), summary(JSON.toJson(directories)));

        assertThat(comparison.repos())
                .extracting(ReportComparison.RepoChange::repo)
                .containsExactly("churn-guard", "review-sentiment", "titanic-notebook");
        assertThat(comparison.repos()).noneMatch(r -> r.added() || r.removed());
    }

    @Test
    void reportsOfOneRepositoryEachCompareItWhateverItsNames() {
        ObjectNode base = sample.deepCopy();
        ObjectNode head = sample.deepCopy();
        ((ArrayNode) base.path("repos")).remove(2);
        ((ArrayNode) base.path("repos")).remove(1);
        ((ArrayNode) head.path("repos")).remove(2);
        ((ArrayNode) head.path("repos")).remove(1);
        ((ObjectNode) base.path("repos").get(0)).put("id", ".base");
        ((ObjectNode) head.path("repos").get(0)).put("id", "jdoe-ml/portfolio");

        ReportComparison comparison = ReportComparison.of(summary(base), summary(head));

        assertThat(comparison.repos()).singleElement().satisfies(repo -> {
            assertThat(repo.repo()).isEqualTo("jdoe-ml/portfolio");
            assertThat(repo.changed()).isFalse();
        });
    }

    @Test
    void repositoryThatLeftThePortfolioIsListedAsGoneWithoutFixes() {
        ObjectNode without = sample.deepCopy();
        int score = sample.path("repos").get(2).path("score").asInt();
        ((ArrayNode) without.path("repos")).remove(2);

        ReportComparison comparison = ReportComparison.of(summary(sample), summary(without));

        ReportComparison.RepoChange gone = comparison.repos().get(2);
        assertThat(gone.repo()).isEqualTo("jdoe-ml/titanic-notebook");
        assertThat(gone.removed()).isTrue();
        assertThat(gone.fixed()).isEmpty();
        assertThat(gone.score()).isEqualTo("no longer in the report (score was " + score + ")");
        assertThat(comparison.changedRepos()).containsExactly(gone);
    }

    @Test
    void hostileValuesAreEscapedInEveryFormat() {
        ReportComparison comparison = ReportComparison.of(
                summary(JSON.toJson(SampleReports.rich())), summary(JSON.toJson(SampleReports.hostile())));

        Document html = Jsoup.parse(new ComparisonHtmlRenderer().render(comparison));
        String markdown = new ComparisonMarkdownRenderer().render(comparison);
        String text = new ComparisonTextRenderer(100).render(comparison);

        assertThat(html.select("script, img, iframe, svg, [onerror], [onload]")).isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("<script>alert('subject')</script>");
        assertThat(html.select("article.repo-change li.fail").text())
                .contains("No CI <iframe src=javascript:alert(4)>");
        assertThat(markdown).doesNotContain("<script>", "<iframe").contains("&lt;iframe");
        assertThat(text).contains("new failure: No CI <iframe").doesNotContain("\u001b");
        assertThat(new ComparisonJsonRenderer()
                        .toJson(comparison)
                        .path("after")
                        .path("subject")
                        .asText())
                .isEqualTo("<script>alert('subject')</script>");
    }

    @Test
    void jsonOfAnotherToolOrVersionIsRefusedInOneSentence() {
        ObjectNode newer = sample.deepCopy().put("schemaVersion", 2);

        assertThatThrownBy(() -> ReportSummary.of(newer, "new.json"))
                .isInstanceOf(ReportSummary.NotAReportException.class)
                .hasMessage("new.json is a hireable report of schemaVersion 2; this hireable reads schemaVersion 1 "
                        + "(audit again with this version to compare)");
        assertThatThrownBy(
                        () -> ReportSummary.of(JSON.toJson(SampleReports.rich()).path("portfolio"), "part.json"))
                .hasMessage("part.json is not a hireable JSON report (write one with --format json)");
    }

    private static ReportSummary summary(ObjectNode json) {
        return ReportSummary.of(json, "report.json");
    }
}
