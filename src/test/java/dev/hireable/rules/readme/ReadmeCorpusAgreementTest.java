package dev.hireable.rules.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.ReadmeSignal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of the README sections with a reviewer's labels on the real repositories of ../shared/corpus (README
 * files only are needed, and the corpus keeps them). Skipped when the corpus is absent.
 */
class ReadmeCorpusAgreementTest {

    /** The agreement reached when the vocabulary was tuned; a change that lowers it fails. */
    private static final Map<Section, Double> FLOOR = Map.of(
            Section.PROBLEM, 0.75, Section.APPROACH, 0.75, Section.RESULTS, 0.75, Section.RETROSPECTIVE, 0.75);

    @Test
    void readmeSectionsAgreeWithReviewerLabels() throws IOException {
        Path corpus = Path.of(System.getProperty("hireable.shared.dir", "../shared"), "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("labels-dev.json")), "the shared corpus is not here");
        JsonNode labels = new ObjectMapper().readTree(corpus.resolve("labels-dev.json").toFile());

        Map<Section, Integer> agreed = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int repos = 0;
        for (JsonNode label : labels) {
            String repo = label.get("repo").asText();
            Path files = corpus.resolve(repo.replace("/", "__")).resolve("files");
            ModuleResult<ReadmeSignal> result = ReadmeAudit.of(files);
            repos++;
            for (Section section : Section.values()) {
                boolean expected = label.get("readme").get(section.id()).asBoolean();
                boolean actual = covered(result.signal(), section);
                if (expected == actual) {
                    agreed.merge(section, 1, Integer::sum);
                } else {
                    Finding finding = ReadmeAudit.finding(result, section.ruleId());
                    disagreements.add(repo + " " + section.id() + ": label " + expected + ", found " + actual
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

    private static boolean covered(ReadmeSignal signal, Section section) {
        switch (section) {
            case PROBLEM:
                return signal.problem();
            case APPROACH:
                return signal.approach();
            case RESULTS:
                return signal.results();
            default:
                return signal.retrospective();
        }
    }
}
