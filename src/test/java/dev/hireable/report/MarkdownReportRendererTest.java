package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.audit.AuditReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

    private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

    @Test
    void verdictComesFirst() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown.lines().findFirst())
                .hasValueSatisfying(first -> assertThat(first)
                        .startsWith("## ")
                        .contains("Standard met 2/3")
                        .contains("score 74/100"));
    }

    @Test
    void slotsNameTheFillingRepositoryAndLinkItsEvidenceAtTheAuditedCommit() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown)
                .contains(
                        "| ✅ | MLOps project | [jdoe-ml/churn-guard](https://github.com/jdoe-ml/churn-guard) | 95 | — |");
        assertThat(markdown)
                .contains(
                        "| 🟡 | Fine-tuned transformer | [jdoe-ml/review-sentiment](https://github.com/jdoe-ml/review-sentiment) | 72 | README retrospective, Dockerfile |");
        assertThat(markdown)
                .contains("[src/churn\\_guard/promote.py:21](https://github.com/jdoe-ml/churn-guard/blob/"
                        + SampleReports.SHA + "/src/churn_guard/promote.py#L21)");
    }

    @Test
    void nextStepsRedFlagsAndErrorsComeBeforeTheEvidenceAndTheMatrix() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown).contains("- jdoe-ml/titanic-notebook uses a toy dataset \\(titanic\\)");
        assertThat(markdown)
                .contains(
                        "1. jdoe-ml/review-sentiment: Add a 'What I would do differently' section to the README — score +9");
        assertThat(markdown).contains("`jdoe-ml/huge-monorepo`: GitHub answered 451");
        assertThat(markdown.indexOf("Next steps")).isLessThan(markdown.indexOf("Red flags"));
        assertThat(markdown.indexOf("Red flags")).isLessThan(markdown.indexOf("Evidence for"));
        assertThat(markdown.indexOf("Evidence for")).isLessThan(markdown.indexOf("Check matrix"));
    }

    @Test
    void theStepThatCompletesASlotSaysSo() throws Exception {
        String markdown = renderer.markdown(SamplePortfolio.audit(dev.hireable.rules.catalog.RuleCatalog.builtIn()));

        assertThat(markdown)
                .contains(
                        "1. jdoe-ml/review-sentiment: Add a \"What I would do differently\" section to the README "
                                + "covering limitations and next steps. — **completes Fine-tuned transformer: standard met 2/3, score +1**");
        assertThat(markdown).doesNotContain("Near misses");
    }

    @Test
    void matrixHasARowPerCheckAndAColumnPerRepositoryWithTheToolsFound() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown)
                .contains("| Check | [jdoe-ml/churn-guard](https://github.com/jdoe-ml/churn-guard) | "
                        + "[jdoe-ml/review-sentiment](https://github.com/jdoe-ml/review-sentiment) | "
                        + "[jdoe-ml/titanic-notebook](https://github.com/jdoe-ml/titanic-notebook) | "
                        + "[jdoe-ml/fraud-radar](https://github.com/jdoe-ml/fraud-radar) |");
        assertThat(markdown).contains("| Score | 88 | 61 | 18 | 88 |");
        assertThat(markdown).contains("| Tracking | ✅ mlflow | ✅ wandb | ❌ | ✅ mlflow |");
        assertThat(markdown).contains("| Tests | ✅ | ❔ | ❌ | ✅ |");
    }

    @Test
    void matrixKeepsToEightColumnsAndFoldsTheOtherRepositoriesChecksIntoTheirSections() {
        String markdown = renderer.markdown(SampleReports.large(12));

        List<String> rows = markdown.lines()
                .filter(l -> l.startsWith("| Check |") || l.startsWith("| Score |"))
                .toList();
        assertThat(rows)
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.split(" \\| ", -1).length).isLessThanOrEqualTo(8));
        assertThat(markdown).contains("The checks of the other 5 repositories are in their sections below.");
        assertThat(markdown.split("\\*\\*Checks:\\*\\* ", -1)).hasSize(1 + 5);
        assertThat(markdown)
                .containsPattern(
                        "big-user/project-11: score \\d+[^<]*</summary>\\s+(\\*\\*Missing[^\\n]*\\s+)?\\*\\*Checks:\\*\\* ");
    }

    @Test
    void linkTextNamingAFileNeverPointsAtALiveUrl() throws Exception {
        String markdown =
                renderer.markdown(SamplePortfolio.auditAsDirectories(dev.hireable.rules.catalog.RuleCatalog.builtIn()));

        assertThat(markdown).doesNotContain("[README.md:8](https://huggingface.co");
        assertThat(markdown)
                .contains("README.md:8 → [https://huggingface.co/spaces/jdoe-ml/review-sentiment]"
                        + "(https://huggingface.co/spaces/jdoe-ml/review-sentiment)");
        assertThat(markdown).doesNotContainPattern("\\[[^\\]]*\\.(md|py|yaml)(:\\d+)?\\]\\(http");
    }

    @Test
    void longEvidenceListsFoldIntoDetails() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown)
                .contains("<details><summary>Evidence for mlops project: jdoe-ml/churn-guard (8 checks)</summary>");
    }

    @Test
    void findingsOfEachRepositoryFoldWithWhatToFix() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown)
                .contains(
                        "<details><summary>jdoe-ml/review-sentiment: score 61, fills Fine-tuned transformer · 2 passed, "
                                + "3 to look at</summary>");
        assertThat(markdown).contains("→ Add a GitHub Actions workflow.");
    }

    @Test
    void hundredRepositoryReportFitsAJobSummary() {
        String markdown = renderer.markdown(SampleReports.large(100));

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(MarkdownReportRenderer.JOB_SUMMARY_BYTES);
        assertThat(markdown).doesNotContain("This report was cut");
    }

    @Test
    void reportOverTheBudgetIsCutAtASectionWithANotice() {
        MarkdownReportRenderer comment = new MarkdownReportRenderer(MarkdownReportRenderer.COMMENT_CHARACTERS);
        AuditReport large = SampleReports.large(300);

        String markdown = comment.markdown(large);

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(MarkdownReportRenderer.COMMENT_CHARACTERS);
        assertThat(markdown).startsWith("## 🟡 Standard met 2/3").contains("### The three projects");
        assertThat(markdown)
                .containsPattern(
                        "This report was cut at 64 KiB to fit where it is posted: \\d+ of \\d+ sections are left out");
        assertThat(markdown.split("<details>", -1).length).isEqualTo(markdown.split("</details>", -1).length);
    }
}
