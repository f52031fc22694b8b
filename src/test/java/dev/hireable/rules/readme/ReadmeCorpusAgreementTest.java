package dev.hireable.rules.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of the README parts with a reviewer's labels on the full labelled repositories of ../shared/corpus, laid
 * out by corpus-materialize under $HIREABLE_CORPUS (default: the temporary folder's hireable-corpus). A repository is
 * read whole, its root README judged as the labels judge it (the audit judges a monorepo's project folders one by
 * one). Skipped when the labels or the checkouts are absent. Prints precision, recall and every disagreement.
 */
class ReadmeCorpusAgreementTest {

    /**
     * The F1 reached on these repositories when the vocabulary was last changed (they are not a held-out set: the
     * figure that counts is measured on other repositories). A change that lowers one fails; lower a floor only on
     * purpose, saying which class of README changed and why.
     */
    private static final Map<Section, Double> FLOOR = Map.of(
            Section.PROBLEM, 0.92, Section.APPROACH, 0.97, Section.RESULTS, 0.97, Section.RETROSPECTIVE, 0.96);

    @Test
    void readmePartsAgreeWithReviewerLabels() throws IOException {
        Path labelsFile = Corpus.root().resolve("labels-dev.json");
        Path checkouts = Path.of(System.getenv().getOrDefault("HIREABLE_CORPUS",
                Path.of(System.getProperty("java.io.tmpdir"), "hireable-corpus").toString()));
        assumeTrue(Files.isRegularFile(labelsFile) && Files.isDirectory(checkouts), "the full corpus is not here");
        RuleFixtures fixtures = new RuleFixtures();
        ReadmeModule module = new ReadmeModule(fixtures.catalog());

        Map<Section, int[]> counts = new EnumMap<>(Section.class);
        List<String> disagreements = new ArrayList<>();
        int repos = 0;
        for (JsonNode label : JsonMapper.builder().build().readTree(labelsFile.toFile())) {
            String name = label.path("repo").asText();
            Path folder = checkouts.resolve(name.replace("/", "__"));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            repos++;
            ModuleResult result = fixtures.run(module, fixtures.open(folder));
            for (Section section : Section.values()) {
                boolean expected = label.path("readme").path(section.id()).asBoolean();
                boolean actual = result.signals().flag(section.ruleId());
                counts.computeIfAbsent(section, s -> new int[4])[(expected ? 0 : 2) + (actual ? 0 : 1)]++;
                if (expected != actual) {
                    Finding finding = RuleFixtures.finding(result, section.ruleId());
                    disagreements.add(name + " " + section.id() + ": label " + expected + ", found " + actual
                            + " (" + finding.evidence() + ")");
                }
            }
        }
        assumeTrue(repos > 0, "no labelled repository is checked out");
        StringBuilder report = new StringBuilder("README parts against the labels of " + repos + " repositories:\n");
        Map<Section, Double> f1 = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            int[] c = counts.get(section);
            double precision = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
            double recall = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
            f1.put(section, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
            report.append(String.format("  %-13s tp %2d fp %2d fn %2d  P %.2f R %.2f F1 %.2f%n", section.id(),
                    c[0], c[2], c[1], precision, recall, f1.get(section)));
        }
        disagreements.forEach(d -> report.append("  disagrees: ").append(d).append('\n'));
        System.out.print(report);

        for (Section section : Section.values()) {
            assertThat(f1.get(section)).as(section.id() + "\n" + report).isGreaterThanOrEqualTo(FLOOR.get(section));
        }
    }
}
