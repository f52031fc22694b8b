package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportRendererTest {

    private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

    @Test
    void verdictComesFirst() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown.lines().findFirst()).hasValueSatisfying(first ->
                assertThat(first).startsWith("## ").contains("Standard met 2/3").contains("score 74/100"));
    }

    @Test
    void slotsNameTheFillingRepositoryAndLinkItsEvidenceAtTheAuditedCommit() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown).contains("| ✅ | MLOps project | [jdoe-ml/churn-guard](https://github.com/jdoe-ml/churn-guard) | 95 | — |");
        assertThat(markdown).contains("| 🟡 | Fine-tuned transformer | [jdoe-ml/review-sentiment](https://github.com/jdoe-ml/review-sentiment) | 72 | README retrospective, Dockerfile |");
        assertThat(markdown).contains("[src/churn\\_guard/promote.py:21](https://github.com/jdoe-ml/churn-guard/blob/"
                + SampleReports.SHA + "/src/churn_guard/promote.py#L21)");
    }

    @Test
    void redFlagsNextStepsAndErrorsAreListedBeforeTheMatrix() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown).contains("- jdoe-ml/titanic-notebook uses a toy dataset \\(titanic\\)");
        assertThat(markdown).contains("1. **+9** jdoe-ml/review-sentiment: Add a 'What I would do differently' section to the README");
        assertThat(markdown).contains("`jdoe-ml/huge-monorepo`: GitHub answered 451");
        assertThat(markdown.indexOf("Red flags")).isLessThan(markdown.indexOf("Next steps"));
        assertThat(markdown.indexOf("Next steps")).isLessThan(markdown.indexOf("Check matrix"));
    }

    @Test
    void matrixHasOneRowPerRepositoryWithTheToolsFound() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown.lines().filter(l -> l.startsWith("| [jdoe-ml/"))).hasSize(4);
        assertThat(markdown).contains("| [jdoe-ml/churn-guard](https://github.com/jdoe-ml/churn-guard) | 88 | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ mlflow |");
    }

    @Test
    void longEvidenceListsFoldIntoDetails() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown).contains("<details><summary>Evidence for mlops project: jdoe-ml/churn-guard (8 checks)</summary>");
    }

    @Test
    void findingsOfEachRepositoryFoldWithWhatToFix() {
        String markdown = renderer.markdown(SampleReports.rich());

        assertThat(markdown).contains("<details><summary>jdoe-ml/review-sentiment: score 61, 2 passed, 3 to look at</summary>");
        assertThat(markdown).contains("→ Add a GitHub Actions workflow.");
    }

    @Test
    void hundredRepositoryReportFitsAJobSummary() {
        String markdown = renderer.markdown(SampleReports.large(100));

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThan(MarkdownReportRenderer.JOB_SUMMARY_BYTES);
        assertThat(markdown).doesNotContain("This report was cut");
    }

    @Test
    void reportOverTheBudgetIsCutAtASectionWithANotice() {
        MarkdownReportRenderer comment = new MarkdownReportRenderer(MarkdownReportRenderer.COMMENT_CHARACTERS);
        AuditReport large = SampleReports.large(300);

        String markdown = comment.markdown(large);

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MarkdownReportRenderer.COMMENT_CHARACTERS);
        assertThat(markdown).startsWith("## 🟡 Standard met 2/3").contains("### The three projects");
        assertThat(markdown).containsPattern("This report was cut at 64 KiB to fit where it is posted: \\d+ of \\d+ sections are left out");
        assertThat(markdown.split("<details>", -1).length).isEqualTo(markdown.split("</details>", -1).length);
    }
}
