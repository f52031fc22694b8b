package dev.hireable.rules.readme;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of the README sections with a reviewer's labels on the real repositories of ../shared/corpus (the
 * corpus keeps every README and linked document, so all four sections can be checked). Skipped when the corpus is
 * absent.
 */
class ReadmeCorpusAgreementTest {

    /**
     * The agreement reached when the vocabulary was tuned on these same READMEs (so it is not a held-out estimate);
     * a change that lowers it fails. Lower a floor only on purpose, saying which repository changed and why.
     */
    private static final Map<Section, Double> FLOOR = Map.of(
            Section.PROBLEM, 1.0, Section.APPROACH, 1.0, Section.RESULTS, 1.0, Section.RETROSPECTIVE, 1.0);

    @Test
    void readmeSectionsAgreeWithReviewerLabels() {
        assumeTrue(Corpus.available(), "the shared corpus is not here");
        RuleFixtures fixtures = new RuleFixtures();
        ReadmeModule module = new ReadmeModule(fixtures.catalog());

        Map<Section, Integer> agreed = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int repos = 0;
        for (Corpus.Repo repo : Corpus.repos()) {
            ModuleResult result = fixtures.run(module, repo.open());
            repos++;
            for (Section section : Section.values()) {
                boolean expected = repo.labels().path("readme").path(section.id()).asBoolean();
                boolean actual = result.signals().flag(section.ruleId());
                if (expected == actual) {
                    agreed.merge(section, 1, Integer::sum);
                } else {
                    Finding finding = RuleFixtures.finding(result, section.ruleId());
                    disagreements.add(repo.name() + " " + section.id() + ": label " + expected + ", found " + actual
                            + " (" + finding.message() + " " + finding.evidence() + ")");
                }
            }
        }
        StringBuilder report = new StringBuilder("README agreement with corpus labels over " + repos + " repositories:\n");
        for (Section section : Section.values()) {
            report.append(String.format("  %-13s %2d/%d = %.2f%n", section.id(), agreed.getOrDefault(section, 0), repos,
                    agreed.getOrDefault(section, 0) / (double) repos));
        }
        disagreements.forEach(d -> report.append("  disagrees: ").append(d).append('\n'));
        System.out.print(report);

        for (Section section : Section.values()) {
            assertThat(agreed.getOrDefault(section, 0) / (double) repos).as(section.id() + "\n" + report)
                    .isGreaterThanOrEqualTo(FLOOR.get(section));
        }
    }
}
