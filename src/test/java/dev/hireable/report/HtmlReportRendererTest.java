package dev.hireable.report;

import dev.hireable.rules.catalog.RuleCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportRendererTest {

    private final HtmlReportRenderer renderer = new HtmlReportRenderer(RuleCatalog.builtIn());

    @Test
    void pageIsSelfContainedAndForbidsEverythingButInlineStyles() {
        String html = renderer.html(SampleReports.rich());
        Document document = Jsoup.parse(html);

        assertThat(document.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(document.select("[src]")).isEmpty();
        assertThat(html).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(html).contains("@media print");
    }

    @Test
    void verdictSlotsAndMatrixAreInTheDom() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        assertThat(document.select("#verdict").attr("data-standard-met")).isEqualTo("2");
        assertThat(document.select("#verdict").text()).contains("Standard met 2/3", "Score 74/100");
        assertThat(document.select("article.slot")).extracting(e -> e.attr("data-slot"))
                .containsExactly("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(document.select("article.slot.partial").text()).contains("jdoe-ml/review-sentiment", "README retrospective");
        assertThat(document.select("#matrix tbody tr")).hasSize(4);
        assertThat(document.select("#matrix tbody tr[data-repo=jdoe-ml/churn-guard] td.cell.y")).hasSize(14);
        assertThat(document.select("svg.bars, svg.ring, svg.timeline")).hasSize(3);
    }

    @Test
    void evidenceLinksPointAtTheFileAndLineOfTheAuditedCommit() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        assertThat(document.select("article.slot[data-slot=mlops] a").eachAttr("href")).contains(
                "https://github.com/jdoe-ml/churn-guard/blob/" + SampleReports.SHA + "/src/churn_guard/promote.py#L21");
        assertThat(document.select("a[href]").eachAttr("rel")).allMatch(rel -> rel.contains("noopener"));
    }

    @Test
    void interviewQuestionsComeFromTheEvidenceApartFromNextSteps() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        String questions = document.select("#questions").text();
        assertThat(questions).contains("You register trained models in jdoe-ml/fraud-radar: how did you choose which version to promote");
        assertThat(questions).contains("You fine-tuned a pretrained transformer in jdoe-ml/review-sentiment");
        assertThat(document.select("#questions a").eachAttr("href")).contains("https://github.com/jdoe-ml/fraud-radar/blob/" + SampleReports.SHA + "/src/churn_guard/promote.py#L21");
        assertThat(document.select("#next-steps").text()).contains("Add a Dockerfile for the Gradio app").doesNotContain("how did you");
    }

    @Test
    void authenticityContextShowsAgesPushSpreadAndForks() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        String context = document.select("#authenticity").text();
        assertThat(context).contains("The oldest repository was created 2.5 years ago", "Last pushes are spread over 23 months");
        assertThat(document.select("#authenticity table tbody tr")).hasSize(4);
        assertThat(document.select("#authenticity table").text()).contains("420 days", "3 days ago");
    }

    @Test
    void portfolioPushedAllAtOnceIsPointedOut() {
        var report = SampleReports.large(4);
        var bulk = new dev.hireable.audit.AuditReport(report.tool(), report.generatedAt(), report.subject(),
                report.repos().stream().map(r -> new dev.hireable.standard.ScoredRepo(new dev.hireable.rules.RepoAssessment(
                        SampleReports.metadata(r.id(), 1, 0), r.assessment().signals(),
                        r.assessment().findings()), r.score(), r.fit(), r.meetsStandard())).toList(),
                report.portfolio(), report.skipped(), report.errors(), report.legend());

        String context = Jsoup.parse(renderer.html(bulk)).select("#authenticity").text();

        assertThat(context).contains("All 4 repositories were last pushed within 1 hour of each other", "All 4 repositories were created within 2 days");
    }
}
