package dev.hireable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.audit.AuditProgress;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Auditor;
import dev.hireable.audit.Subject;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySource;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.testing.Corpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audits the whole corpus and a generated 20,000-file repository in one JVM and prints time and peak heap.
 * Goals: corpus under 2 s, the 20,000-file repository under 1 s, in 256 MB of heap. Run with:
 * {@code mvn -B -q test -Dslow=true -Dtest=LocalAuditBenchmark -DargLine=-Xmx256m}
 */
@Tag("slow")
class LocalAuditBenchmark {

    private static final int GENERATED_FILES = 20_000;

    @TempDir
    Path work;

    @Test
    void auditTheCorpusAndATwentyThousandFileRepository() throws Exception {
        RuleCatalog catalog = RuleCatalog.builtIn();
        RuleEngine engine = new RuleEngine(catalog);
        SnapshotLimits limits =
                SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders());
        Auditor auditor = new Auditor(
                engine,
                new PortfolioStandard(catalog),
                new AuditReport.ToolInfo("hireable", "bench"),
                Clock.systemUTC());
        Path generated = generateRepository(work.resolve("big-repo"), GENERATED_FILES);
        resetPeaks();

        if (Corpus.available()) {
            long start = System.nanoTime();
            List<RepoAssessment> assessments = new ArrayList<>();
            for (Corpus.Repo repo : Corpus.repos()) {
                assessments.add(engine.assess(repo.open(limits)));
            }
            auditor.report(new Subject(Subject.Kind.DIR, "corpus"), assessments, List.of(), List.of());
            print("corpus (" + assessments.size() + " repositories)", start);
        } else {
            System.out.println("corpus: skipped (the labelled corpus is not laid out: HIREABLE_CORPUS)");
        }

        long start = System.nanoTime();
        AuditReport report = auditor.audit(
                new Subject(Subject.Kind.DIR, "big-repo"),
                new LocalDirectorySource(List.of(generated), limits),
                AuditProgress.SILENT);
        print("generated repository (" + GENERATED_FILES + " files)", start);
        assertThat(report.repos()).hasSize(1);
    }

    private static void print(String what, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(
                "%-45s %6.3f s   peak heap %5.1f MB   max heap %5.0f MB%n",
                what, seconds, peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /**
     * A large but realistic ML repository: a package of Python modules, notebooks, many data files and images,
     * docs, configs, and a vendored folder.
     */
    static Path generateRepository(Path root, int files) throws IOException {
        Random random = new Random(42);
        Files.createDirectories(root);
        write(
                root.resolve("README.md"),
                "# Big project\n\n## Problem\nForecast demand for 2,000 stores.\n\n"
                        + "## Results\n| model | RMSE |\n|---|---|\n| LightGBM | 12.4 |\n");
        write(root.resolve("requirements.txt"), "pandas\nscikit-learn\nlightgbm\nmlflow\nfastapi\n");
        write(root.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
        write(
                root.resolve("Dockerfile"),
                "FROM python:3.11-slim\nUSER app\nEXPOSE 8000\nCMD [\"uvicorn\", \"app:app\"]\n");
        int written = 4;
        StringBuilder module = new StringBuilder();
        for (int line = 0; line < 60; line++) {
            module.append("def step_")
                    .append(line)
                    .append("(frame):\n    return frame.assign(x")
                    .append(line)
                    .append("=frame['y'] * ")
                    .append(line)
                    .append(")\n");
        }
        String moduleText = "import pandas as pd\nimport mlflow\n" + module;
        for (int i = 0; written < files; i++, written++) {
            int kind = i % 10;
            Path folder = root.resolve("area" + (i % 50)).resolve("part" + (i % 7));
            if (kind < 2) {
                write(folder.resolve("module_" + i + ".py"), moduleText);
            } else if (kind == 2 && i % 40 == 2) {
                write(
                        folder.resolve("explore_" + i + ".ipynb"),
                        "{\"cells\":[{\"cell_type\":\"code\",\"source\":[\"import pandas as pd\\n\",\"df = pd.read_csv('x.csv')\"]}],\"nbformat\":4}");
            } else if (kind < 6) {
                write(folder.resolve("data_" + i + ".csv"), "store,week,sales\n1,1," + random.nextInt(1000) + "\n");
            } else if (kind < 8) {
                byte[] image = new byte[512];
                random.nextBytes(image);
                Files.createDirectories(folder);
                Files.write(folder.resolve("plot_" + i + ".png"), image);
            } else if (kind == 8) {
                write(folder.resolve("notes_" + i + ".md"), "Notes for part " + i + "\n");
            } else {
                write(root.resolve("vendor/lib" + (i % 30)).resolve("dep_" + i + ".py"), "x = 1\n");
            }
        }
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
