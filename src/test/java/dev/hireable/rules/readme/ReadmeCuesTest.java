package dev.hireable.rules.readme;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cues that need no words (metric values in any script, metric tables, result figures, to-do lists), the structures
 * read as headings, and what must not count: one small fixture repository per behaviour (fixtures/readme/).
 */
class ReadmeCuesTest {

    private static final RuleFixtures FIXTURES = new RuleFixtures();
    private static final ReadmeModule MODULE = new ReadmeModule(FIXTURES.catalog());

    @ParameterizedTest
    @ValueSource(
            strings = {"metric-value-cyrillic", "metric-value-han", "metric-value-hangul", "metric-value-decimal-comma"
            })
    void metricNameInAnyScriptNextToANumberCountsAsResults(String fixture) {
        assertThat(evidence(fixture, "readme.results").line()).isEqualTo(3);
    }

    @Test
    void transposedTableWithAMetricPerRowCountsAsResults() {
        assertThat(evidence("metric-table-transposed", "readme.results").snippet())
                .hasValueSatisfying(row -> assertThat(row).contains("Recall"));
    }

    @Test
    void imageWhoseCaptionNamesAResultFigureCountsAsResults() {
        assertThat(evidence("result-image-caption", "readme.results").snippet())
                .hasValueSatisfying(line -> assertThat(line).contains("figure2.png"));
    }

    @Test
    void imageWhoseAltTextNamesAMetricCountsAsResults() {
        assertThat(evidence("result-image-metric-alt", "readme.results").line()).isEqualTo(5);
    }

    @Test
    void restructuredTextFigureWithAResultCaptionCountsAsResults() {
        assertThat(evidence("rst-figure-caption", "readme.results").line()).isEqualTo(6);
    }

    @Test
    void uncheckedTaskListItemCountsAsRetrospective() {
        assertThat(evidence("todo-task-list", "readme.retrospective").snippet())
                .hasValueSatisfying(line -> assertThat(line).contains("[ ] Add drift monitoring"));
    }

    @Test
    void gradingRubricCopiedFromACourseIsNotAToDoList() {
        assertThat(audit("grading-rubric-checklist").signals().flag("readme.retrospective"))
                .isFalse();
    }

    @Test
    void nextStepsHoldingSetupInstructionsIsNotARetrospective() {
        assertThat(audit("next-steps-setup-instructions").signals().flag("readme.retrospective"))
                .isFalse();
    }

    @Test
    void outlineOfHeadingsWithOneWordBulletsCoversNoPart() {
        ModuleResult result = audit("buzzword-outline");

        assertThat(Stream.of(Section.values()).filter(part -> result.signals().flag(part.ruleId())))
                .isEmpty();
    }

    @Test
    void resultsHeadingWithOnlyPortNumbersReportsNoResults() {
        assertThat(audit("results-heading-with-port-numbers").signals().flag("readme.results"))
                .isFalse();
    }

    @Test
    void htmlHeadingOpensASection() {
        assertThat(evidence("html-headings", "readme.retrospective").line()).isEqualTo(5);
    }

    @Test
    void shortBoldLineOpensASection() {
        assertThat(evidence("bold-label-heading", "readme.approach").snippet()).contains("**Model architecture**");
    }

    @Test
    void shortLineRightBeforeAListOpensASection() {
        assertThat(evidence("line-over-list-heading", "readme.retrospective").snippet())
                .contains("Next steps");
    }

    @Test
    void neverClosedCodeFenceEndsAtItsFirstBlankLine() {
        assertThat(evidence("unclosed-code-fence", "readme.retrospective").snippet())
                .contains("## Limitations");
    }

    @Test
    void readmeWrappedWholeInAMarkdownFenceIsReadAsMarkdown() {
        assertThat(evidence("readme-in-markdown-fence", "readme.retrospective").line())
                .isEqualTo(4);
    }

    @Test
    void labelAfterASentenceInTheSameParagraphIsAProblemCue() {
        assertThat(evidence("problem-label-mid-paragraph", "readme.problem").line())
                .isEqualTo(4);
    }

    @Test
    void lowerCaseReadmeFileIsTheReadme() {
        assertThat(audit("readme-lowercase").signals().text("readme.path")).contains("readme.md");
    }

    @Test
    void readmeOnlyInTheProjectFolderIsTheReadme() {
        ModuleResult result = audit("readme-in-project-folder");

        assertThat(result.signals().text("readme.path")).contains("fraud-screen/README.md");
        assertThat(evidence("readme-in-project-folder", "readme.problem").path())
                .contains("fraud-screen/README.md");
    }

    private static Evidence evidence(String fixture, String rule) {
        Finding finding = finding(audit(fixture), rule);
        assertThat(finding.outcome()).as(finding.message()).isEqualTo(Outcome.PASS);
        return finding.evidence().get(0);
    }

    private static ModuleResult audit(String fixture) {
        return FIXTURES.run(MODULE, "readme", fixture);
    }
}
