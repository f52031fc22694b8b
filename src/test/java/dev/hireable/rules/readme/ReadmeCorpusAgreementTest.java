package dev.hireable.rules.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.audit.ProjectSplitter;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.ReadmeSignal;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SubdirectorySnapshot;
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
 * out by corpus-materialize under $HIREABLE_CORPUS (default: the temporary folder's hireable-corpus). A monorepo is
 * judged by its first project unit, as the audit reports it first. Skipped when the labels or the checkouts are
 * absent. Prints precision, recall and every disagreement.
 */
class ReadmeCorpusAgreementTest {

    /**
     * The F1 reached on these repositories when the vocabulary was last changed (they are not a held-out set: the
     * figure that counts is measured on other repositories). A change that lowers one fails; lower a floor only on
     * purpose, saying which class of README changed and why.
     */
    private static final Map<Section, Double> FLOOR = Map.of(
            Section.PROBLEM, 0.92, Section.APPROACH, 0.96, Section.RESULTS, 0.97, Section.RETROSPECTIVE, 0.96);

    @Test
    void readmePartsAgreeWithReviewerLabels() throws IOException {
        Path labelsFile = Corpus.root().resolve("labels-dev.json");
        Path checkouts = Path.of(System.getenv().getOrDefault("HIREABLE_CORPUS",
                Path.of(System.getProperty("java.io.tmpdir"), "hireable-corpus").toString()));
        assumeTrue(Files.isRegularFile(labelsFile) && Files.isDirectory(checkouts), "the full corpus is not here");
        RuleFixtures fixtures = new RuleFixtures();
        ReadmeModule module = new ReadmeModule(fixtures.catalog());
        ProjectSplitter splitter = ProjectSplitter.from(fixtures.catalog());

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
            ModuleResult<ReadmeSignal> result = fixtures.run(module, firstUnit(fixtures.open(folder), splitter));
            for (Section section : Section.values()) {
                boolean expected = label.path("readme").path(section.id()).asBoolean();
                boolean actual = covered(result.signal(), section);
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

    /** The snapshot the audit reports first: the repository, or its first project folder when it is a monorepo. */
    private static Snapshot firstUnit(Snapshot snapshot, ProjectSplitter splitter) {
        List<String> folders = splitter.projectFolders(snapshot.tree());
        return folders.isEmpty() ? snapshot : new SubdirectorySnapshot(snapshot, folders.get(0));
    }

    private static boolean covered(ReadmeSignal signal, Section section) {
        return switch (section) {
            case PROBLEM -> signal.problem();
            case APPROACH -> signal.approach();
            case RESULTS -> signal.results();
            case RETROSPECTIVE -> signal.retrospective();
        };
    }
}
