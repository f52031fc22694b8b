package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

    private final HtmlReportRenderer renderer = new HtmlReportRenderer(RuleCatalog.builtIn());

    @Test
    void pageIsSelfContainedAndForbidsEverythingButInlineStyles() {
        String html = renderer.html(SampleReports.rich());
        Document document = Jsoup.parse(html);

        assertThat(document.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(document.select("[src]")).isEmpty();
        assertThat(html).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(html).contains("@media print");
    }

    @Test
    void verdictSlotsAndMatrixAreInTheDom() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        assertThat(document.select("#verdict").attr("data-standard-met")).isEqualTo("2");
        assertThat(document.select("#verdict").text()).contains("Standard met 2/3", "Score 74/100");
        assertThat(document.select("article.slot"))
                .extracting(e -> e.attr("data-slot"))
                .containsExactly("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(document.select("article.slot.partial").text())
                .contains("jdoe-ml/review-sentiment", "README retrospective");
        assertThat(document.select("#matrix tbody tr")).hasSize(4);
        assertThat(document.select("#matrix tbody tr[data-repo=jdoe-ml/churn-guard] td.cell.y"))
                .hasSize(14);
        assertThat(document.select("svg.gauge, #authenticity .timeline")).hasSize(2);
    }

    @Test
    void titleNamesTheCandidateOrTheRepositoriesNeverTheArguments() throws Exception {
        Document user = Jsoup.parse(renderer.html(SampleReports.rich()));
        Document dir = Jsoup.parse(renderer.html(SamplePortfolio.auditAsDirectories(RuleCatalog.builtIn())));

        assertThat(user.title()).isEqualTo("Portfolio audit: jdoe-ml");
        assertThat(user.select("h1").text()).isEqualTo("jdoe-ml");
        assertThat(dir.select("h1").text()).isEqualTo("churn-guard, review-sentiment and titanic-notebook");
        assertThat(dir.title()).doesNotContain("examples/");
    }

    @Test
    void wholeScoreGaugeTakesTheColourOfTheScoresThreshold() throws Exception {
        Document good = Jsoup.parse(renderer.html(SampleReports.rich()));
        Document poor = Jsoup.parse(renderer.html(SamplePortfolio.audit(RuleCatalog.builtIn())));

        assertThat(good.select("#verdict svg.gauge").hasClass("met")).isTrue();
        assertThat(poor.select("#verdict").attr("data-score")).isEqualTo("25");
        assertThat(poor.select("#verdict svg.gauge").hasClass("empty")).isTrue();
        assertThat(poor.select("#verdict svg.gauge .gauge-value").text()).isEqualTo("25");
        assertThat(poor.select("#verdict .pip"))
                .extracting(e -> e.className())
                .containsExactly("pip empty", "pip partial", "pip met");
    }

    @Test
    void eachSlotShowsItsFitOnceAndWhatItMissesBeforeItsEvidence() throws Exception {
        Document document = Jsoup.parse(renderer.html(SamplePortfolio.audit(RuleCatalog.builtIn())));

        assertThat(document.select("svg.bars"))
                .as("no second chart of the same fits")
                .isEmpty();
        for (var slot : document.select("article.slot")) {
            assertThat(slot.select("svg.meter").size()).isLessThanOrEqualTo(1);
            String html = slot.html();
            if (html.contains("class=\"missing\"") && html.contains("evidence-block")) {
                assertThat(html.indexOf("class=\"missing\"")).isLessThan(html.indexOf("evidence-block"));
            }
        }
        assertThat(document.select("article.slot[data-slot=tabular_e2e] .note").text())
                .isEqualTo(
                        "jdoe-ml/churn-guard qualifies but fills the MLOps project; one repository fills one slot: a second "
                                + "project is needed.");
    }

    @Test
    void repositoryCardsListTheirGapsBeforeTheirPassingEvidenceAndCarryTheirChecks() throws Exception {
        Document document = Jsoup.parse(renderer.html(SamplePortfolio.audit(RuleCatalog.builtIn())));

        var cards = document.select("article.repo-card");
        assertThat(cards)
                .extracting(e -> e.attr("data-repo"))
                .containsExactly("jdoe-ml/churn-guard", "jdoe-ml/review-sentiment", "jdoe-ml/titanic-notebook");
        for (var card : cards) {
            assertThat(card.select("details")).extracting(e -> e.className()).containsExactly("gaps", "passes");
            assertThat(card.select("details.gaps li.pass")).isEmpty();
            assertThat(card.select("ul.checks li"))
                    .hasSize(document.select("#matrix thead th").size() - 2);
        }
        assertThat(cards.get(1).select(".place").text()).isEqualTo("fills Fine-tuned transformer: 87/100");
        assertThat(cards.get(1).select(".missing").text())
                .isEqualTo("Missing for Fine-tuned transformer: a README retrospective");
        assertThat(document.select("#matrix-section").hasClass("wide-only")).isTrue();
    }

    @Test
    void nextStepsSayWhichSlotEachCompletes() throws Exception {
        Document document = Jsoup.parse(renderer.html(SamplePortfolio.audit(RuleCatalog.builtIn())));

        var first = document.select("#next-steps li").first();
        assertThat(first.hasClass("completes")).isTrue();
        assertThat(first.text())
                .startsWith("jdoe-ml/review-sentiment: Add a \"What I would do differently\" section")
                .contains("completes Fine-tuned transformer: standard met 2/3, score +1");
    }

    @Test
    void authenticityIsLeftOutWhenNothingIsKnownAsForLocalDirectories() throws Exception {
        Document dir = Jsoup.parse(renderer.html(SamplePortfolio.auditAsDirectories(RuleCatalog.builtIn())));

        assertThat(dir.select("#authenticity")).isEmpty();
        assertThat(dir.text()).doesNotContain("—");
    }

    @Test
    void linkTextNamingAFileNeverPointsAtALiveUrl() throws Exception {
        Document dir = Jsoup.parse(renderer.html(SamplePortfolio.auditAsDirectories(RuleCatalog.builtIn())));

        assertThat(dir.select("a[href]"))
                .allSatisfy(a -> assertThat(a.text()).as(a.attr("href")).doesNotMatch(".*\\.(md|py|yaml|txt)(:\\d+)?"));
        assertThat(dir.select("a[href=https://huggingface.co/spaces/jdoe-ml/review-sentiment]")
                        .eachText())
                .allMatch(text -> text.equals("https://huggingface.co/spaces/jdoe-ml/review-sentiment"));
    }

    @Test
    void evidenceLinksPointAtTheFileAndLineOfTheAuditedCommit() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        assertThat(document.select("article.slot[data-slot=mlops] a").eachAttr("href"))
                .contains("https://github.com/jdoe-ml/churn-guard/blob/" + SampleReports.SHA
                        + "/src/churn_guard/promote.py#L21");
        assertThat(document.select("a[href]").eachAttr("rel")).allMatch(rel -> rel.contains("noopener"));
    }

    @Test
    void interviewQuestionsComeFromTheEvidenceApartFromNextSteps() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        String questions = document.select("#questions").text();
        assertThat(questions)
                .contains(
                        "You register trained models in jdoe-ml/fraud-radar: how did you choose which version to promote");
        assertThat(questions).contains("You fine-tuned a pretrained transformer in jdoe-ml/review-sentiment");
        assertThat(document.select("#questions a").eachAttr("href"))
                .contains("https://github.com/jdoe-ml/fraud-radar/blob/" + SampleReports.SHA
                        + "/src/churn_guard/promote.py#L21");
        assertThat(document.select("#next-steps").text())
                .contains("Add a Dockerfile for the Gradio app")
                .doesNotContain("how did you");
    }

    @Test
    void authenticityContextShowsAgesPushSpreadAndForks() {
        Document document = Jsoup.parse(renderer.html(SampleReports.rich()));

        String context = document.select("#authenticity").text();
        assertThat(context)
                .contains("The oldest repository was created 2.5 years ago", "Last pushes are spread over 23 months");
        assertThat(document.select("#authenticity table tbody tr")).hasSize(4);
        assertThat(document.select("#authenticity table").text()).contains("420 days", "3 days ago");
    }

    @Test
    void portfolioPushedAllAtOnceIsPointedOut() {
        var report = SampleReports.large(4);
        var bulk = new dev.hireable.audit.AuditReport(
                report.tool(),
                report.generatedAt(),
                report.subject(),
                report.repos().stream()
                        .map(r -> new dev.hireable.standard.ScoredRepo(
                                new dev.hireable.rules.RepoAssessment(
                                        SampleReports.metadata(r.id(), 1, 0),
                                        r.assessment().signals(),
                                        r.assessment().findings()),
                                r.score(),
                                r.fit(),
                                r.meetsStandard()))
                        .toList(),
                report.portfolio(),
                report.skipped(),
                report.errors(),
                report.legend());

        String context =
                Jsoup.parse(renderer.html(bulk)).select("#authenticity").text();

        assertThat(context)
                .contains(
                        "All 4 repositories were last pushed within 1 hour of each other",
                        "All 4 repositories were created within 2 days");
    }
}
