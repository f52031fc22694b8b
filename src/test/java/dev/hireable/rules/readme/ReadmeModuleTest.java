package dev.hireable.rules.readme;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README module, one small fixture repository per behaviour (src/test/resources/fixtures/readme/). */
class ReadmeModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final ReadmeModule module = new ReadmeModule(fixtures.catalog());

    @Test
    void headingSynonymsWithContentCoverAllFourSections() {
        ModuleResult result = audit("heading-synonyms");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.md"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(true, true, true, true);
        assertThat(firstEvidence(result, "readme.problem")).isEqualTo(Evidence.line("README.md", 3, "## Motivation"));
        assertThat(firstEvidence(result, "readme.approach").line()).isEqualTo(7);
        assertThat(firstEvidence(result, "readme.results").snippet()).contains("## Evaluation Results");
        assertThat(firstEvidence(result, "readme.retrospective").snippet()).contains("## Lessons Learned");
    }

    @Test
    void firstSectionHeadingIsNotMistakenForATitle() {
        ModuleResult result = audit("sections-without-title");

        assertThat(firstEvidence(result, "readme.problem")).isEqualTo(Evidence.line("README.md", 1, "## Problem"));
    }

    @Test
    void metricNamesWithNumbersInProseCountAsResultsWithoutAHeading() {
        ModuleResult result = audit("results-cue-only");

        assertThat(result.signals().flag("readme.results")).isTrue();
        Finding results = finding(result, "readme.results");
        assertThat(results.outcome()).isEqualTo(Outcome.PASS);
        assertThat(results.evidence().get(0).line()).isEqualTo(5);
        assertThat(results.evidence().get(0).snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("F1 of 0.88"));
    }

    @Test
    void tableWithAMetricColumnOfNumbersCountsAsResults() {
        ModuleResult result = audit("metric-table");

        assertThat(result.signals().flag("readme.results")).isTrue();
        assertThat(finding(result, "readme.results").evidence())
                .anySatisfy(evidence -> assertThat(evidence.snippet())
                        .hasValueSatisfying(snippet -> assertThat(snippet).contains("Logistic regression")));
    }

    @Test
    void confusionMatrixImageCountsAsResults() {
        ModuleResult result = audit("result-image");

        assertThat(result.signals().flag("readme.results")).isTrue();
        assertThat(firstEvidence(result, "readme.results").snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("confusion_matrix.png"));
    }

    @Test
    void nextStepsSectionCountsAsRetrospective() {
        ModuleResult result = audit("retrospective-next-steps");

        assertThat(result.signals().flag("readme.retrospective")).isTrue();
        assertThat(firstEvidence(result, "readme.retrospective").snippet()).contains("## Next steps");
    }

    @Test
    void sectionsHoldingOnlyPlaceholdersDoNotCount() {
        ModuleResult result = audit("placeholder-sections");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.md"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(true, true, false, false);
        assertThat(finding(result, "readme.results").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, "readme.results").remediation()).isPresent();
        assertThat(finding(result, "readme.retrospective").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void resultsHeadingWithoutNumbersTablesOrImagesDoesNotCount() {
        ModuleResult result = audit("results-heading-without-figures");

        assertThat(result.signals().flag("readme.results")).isFalse();
        assertThat(finding(result, "readme.results").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void sectionsThatOnlyPointToTheNotebookDoNotCount() {
        ModuleResult result = audit("sections-deferring-to-notebook");

        assertThat(result.signals().flag("readme.approach")).isFalse();
        assertThat(result.signals().flag("readme.retrospective")).isFalse();
    }

    @Test
    void metricNamesWithoutValuesAreNotResults() {
        ModuleResult result = audit("metrics-without-values");

        assertThat(result.signals().flag("readme.results")).isFalse();
        assertThat(result.signals().flag("readme.approach")).isTrue();
    }

    @Test
    void tableOfContentsEntriesDoNotCoverEmptySections() {
        ModuleResult result = audit("table-of-contents-only");

        assertThat(result.signals().flag("readme.retrospective")).isFalse();
        assertThat(result.signals().flag("readme.problem")).isFalse();
    }

    @Test
    void unchangedCookiecutterTemplateHasNoSubstanceAndNoSections() {
        ModuleResult result = audit("cookiecutter-template");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.md"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(false, false, false, false);
        Finding substance = finding(result, "readme.substance");
        assertThat(substance.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(substance.message()).contains("cookiecutter-data-science template");
    }

    @Test
    void emptyReadmeFailsSubstanceAndEverySection() {
        ModuleResult result = audit("empty-readme");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.md"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(false, false, false, false);
        assertThat(finding(result, "readme.present").outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding(result, "readme.substance").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, "readme.substance").message()).contains("it is empty");
    }

    @Test
    void restructuredTextReadmeIsReadByItsUnderlinedHeadings() {
        ModuleResult result = audit("rst-readme");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.rst"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(true, true, true, true);
        assertThat(firstEvidence(result, "readme.problem")).isEqualTo(Evidence.line("README.rst", 5, "Problem"));
    }

    @Test
    void plainTextReadmeIsReadByItsHeadingLikeLines() {
        ModuleResult result = audit("plain-text-readme");

        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.txt"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(true, true, true, true);
        assertThat(firstEvidence(result, "readme.retrospective").snippet()).contains("Limitations");
    }

    @Test
    void readmeOnlyInDocsFolderIsFound() {
        ModuleResult result = audit("readme-in-docs");

        assertThat(result.signals().text("readme.path")).contains("docs/README.md");
        assertThat(result.signals().flag("readme.problem")).isTrue();
        assertThat(firstEvidence(result, "readme.problem").path()).contains("docs/README.md");
    }

    @Test
    void resultsOnlyInLinkedModelCardFailButCiteTheCardAsSupportingEvidence() {
        ModuleResult result = audit("linked-model-card");

        assertThat(result.signals().flag("readme.results")).isFalse();
        Finding results = finding(result, "readme.results");
        assertThat(results.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(results.message()).contains("only in docs/model_card.md");
        assertThat(results.evidence())
                .contains(
                        Evidence.file("README.md"),
                        Evidence.line("docs/model_card.md", 3, "## Evaluation results")
                                .asSupporting());
        assertThat(finding(result, "readme.problem").evidence()).noneMatch(Evidence::supporting);
    }

    @Test
    void sectionMissingEverywhereNamesNoLinkedDocument() {
        Finding retrospective = finding(audit("linked-model-card"), "readme.retrospective");

        assertThat(retrospective.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(retrospective.message()).doesNotContain("only in").doesNotContain("{linked}");
        assertThat(retrospective.evidence()).containsExactly(Evidence.file("README.md"));
    }

    @Test
    void binaryReadmeLeavesSectionsUnknownAndFailsReadable() {
        ModuleResult result = audit("binary-readme");

        assertThat(finding(result, "readme.present").outcome()).isEqualTo(Outcome.PASS);
        for (Section section : Section.values()) {
            Finding finding = finding(result, section.ruleId());
            assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(finding.message()).contains("README.md is a binary file");
        }
        assertThat(finding(result, "readme.substance").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding(result, "readme.readable").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, "readme.results").remediation())
                .hasValueSatisfying(fix -> assertThat(fix).contains("UTF-8 text file"));
        assertThat(result.signals().text("readme.path")).isEqualTo(Optional.of("README.md"));
        assertThat(List.of(
                        result.signals().flag("readme.problem"),
                        result.signals().flag("readme.approach"),
                        result.signals().flag("readme.results"),
                        result.signals().flag("readme.retrospective")))
                .containsExactly(false, false, false, false);
    }

    @Test
    void readmeOverTheReadLimitLeavesSectionsUnknown(@TempDir Path repository) throws IOException {
        String line = "## Results\n\nAccuracy 0.91 on the test set, well above the majority baseline.\n\n";
        Files.writeString(repository.resolve("README.md"), line.repeat(2_000_000 / line.length() + 1));

        ModuleResult result = fixtures.run(module, fixtures.open(repository));

        Finding results = finding(result, "readme.results");
        assertThat(results.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(results.message()).contains("over the 1000000-byte read limit");
        assertThat(result.signals().flag("readme.results")).isFalse();
    }

    @Test
    void utf16ReadmeWithByteOrderMarkIsParsed() {
        ModuleResult result = audit("utf16-readme");

        assertThat(result.signals().flag("readme.problem")).isTrue();
        assertThat(result.signals().flag("readme.results")).isTrue();
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("readme.readable"));
    }

    @Test
    void invalidUtf8ReadmeIsStillParsedAndNoted() {
        ModuleResult result = audit("invalid-utf8-readme");

        assertThat(result.signals().flag("readme.problem")).isTrue();
        assertThat(result.signals().flag("readme.results")).isTrue();
        Finding readable = finding(result, "readme.readable");
        assertThat(readable.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(readable.message()).contains("README.md is not valid UTF-8");
    }

    @Test
    void repositoryWithoutReadmeFailsPresenceOnly() {
        ModuleResult result = audit("no-readme");

        assertThat(result.signals().text("readme.path")).isEmpty();
        assertThat(result.signals().flag("readme.missing")).isTrue();
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("readme.present");
        assertThat(finding(result, "readme.present").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void truncatedTreeWithoutReadmeIsUnknownNotAbsent() {
        ModuleResult result = fixtures.run(module, new MemorySnapshot(Map.of("train.py", "print(1)"), true));

        assertThat(finding(result, "readme.present").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void everyFindingHasAMessageAndFailuresHaveARemediation() {
        ModuleResult result = audit("placeholder-sections");

        assertThat(result.findings())
                .extracting(Finding::rule)
                .containsExactly(
                        "readme.present",
                        "readme.problem",
                        "readme.approach",
                        "readme.results",
                        "readme.retrospective",
                        "readme.substance");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("{");
            assertThat(f.remediation().isPresent()).isEqualTo(f.outcome() != Outcome.PASS);
        });
    }

    private static Evidence firstEvidence(ModuleResult result, String rule) {
        Finding finding = finding(result, rule);
        assertThat(finding.outcome()).as(finding.message()).isEqualTo(Outcome.PASS);
        return finding.evidence().get(0);
    }

    private ModuleResult audit(String fixture) {
        return fixtures.run(module, "readme", fixture);
    }
}
