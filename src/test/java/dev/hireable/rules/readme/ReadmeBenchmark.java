package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.ModuleResult;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the README module takes: per README of the fixtures and of the labelled corpus (when laid out, see
 * {@link Corpus}), and on generated READMEs of 250 KB, 500 KB and 1 MB (the largest file a
 * snapshot reads), one mixing every language, tables, images, code and to-do lists, one of hostile text, to show
 * the time grows linearly with the size. Run with: {@code mvn -B -q test -Dslow=true -Dtest=ReadmeBenchmark}
 */
@Tag("slow")
class ReadmeBenchmark {

    private static final int ROUNDS = 5;

    private final RuleFixtures fixtures = new RuleFixtures();
    private final ReadmeModule module = new ReadmeModule(fixtures.catalog());

    @Test
    void readmeDetectionIsCheapPerRepositoryAndLinearInReadmeSize() throws IOException {
        List<Snapshot> repositories = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources/fixtures/readme"))) {
            folders.filter(Files::isDirectory).sorted().forEach(folder -> repositories.add(fixtures.open(folder)));
        }
        time("fixtures/readme", repositories);
        if (Corpus.available()) {
            time(
                    "corpus checkouts",
                    Corpus.repos().stream()
                            .map(repo -> fixtures.open(repo.folder()))
                            .toList());
        }

        String unit = generatedUnit();
        for (int kilobytes : new int[] {250, 500, 1000}) {
            ModuleResult result = timeGenerated("every language", unit, kilobytes);
            assertThat(Stream.of(Section.values())
                            .filter(part -> result.signals().flag(part.ruleId())))
                    .hasSize(4);
        }
        for (int kilobytes : new int[] {250, 500, 1000}) {
            timeGenerated("hostile", HOSTILE_UNIT, kilobytes);
        }
    }

    /**
     * Text that makes careless patterns quadratic: blank HTML blocks (runs of line breaks), long digit runs, open
     * brackets and tags that never close, and a bold label and a metric name before each.
     */
    private static final String HOSTILE_UNIT = "<div></div>\n\n".repeat(40) + "**Goal:** " + "7".repeat(400) + " 准确率"
            + "9".repeat(300) + "%\n\n" + "[your ".repeat(60) + "\n\n" + "<h2>".repeat(60) + "\n\n";

    private ModuleResult timeGenerated(String kind, String unit, int kilobytes) {
        String readme = unit.repeat(kilobytes * 1000 / unit.length() + 1).substring(0, kilobytes * 1000);
        Snapshot snapshot = new MemorySnapshot(Map.of("README.md", readme, "train.py", "print(1)\n"), false);
        fixtures.run(module, snapshot);
        long start = System.nanoTime();
        ModuleResult result = fixtures.run(module, snapshot);
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf(
                "%-14s README %5d KB   %8.1f ms   %.3f ms per KB%n", kind, kilobytes, millis, millis / kilobytes);
        return result;
    }

    private void time(String what, List<Snapshot> repositories) {
        repositories.forEach(snapshot -> fixtures.run(module, snapshot));
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            repositories.forEach(snapshot -> fixtures.run(module, snapshot));
        }
        double millis = (System.nanoTime() - start) / 1e6 / ROUNDS / repositories.size();
        System.out.printf("%-20s %3d READMEs   %6.2f ms per repository%n", what, repositories.size(), millis);
    }

    /** About 2 KB of README: every language's text, a metric table, an image, code and a to-do list. */
    private static String generatedUnit() throws IOException {
        StringBuilder unit = new StringBuilder();
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources/fixtures/readme"))) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith("-prose"))
                    .sorted()
                    .toList()) {
                String text = Files.readString(folder.resolve("README.md"));
                unit.append(text.substring(text.indexOf('\n') + 1)).append('\n');
            }
        }
        unit.append("| Model | F1 |\n|---|---|\n| LightGBM | 0.81 |\n\n![confusion matrix](cm.png)\n\n")
                .append("```bash\npip install -r requirements.txt\n```\n\n- [ ] add drift monitoring\n\n");
        return unit.toString();
    }
}
