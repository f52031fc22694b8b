package dev.hireable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.dockerfile.DockerfileModule;
import dev.hireable.rules.endpoint.EndpointModule;
import dev.hireable.rules.ignores.IgnoreConfig;
import dev.hireable.rules.ignores.Ignores;
import dev.hireable.rules.notebook.NotebookModule;
import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.snapshot.SettingsFile;
import dev.hireable.testing.MemoryRepo;
import dev.hireable.testing.RuleFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parsers of what a repository holds (README in Markdown, reStructuredText or plain text and its URLs,
 * Dockerfile, notebook JSON and code, requirements, environment.yml and pyproject.toml, and the .hireable.yml
 * settings) with a few thousand generated documents: mutated real examples mixed with the syntax each parser reacts to, control characters
 * and long runs. Every case must finish without an exception, under a deadline (a hang or superlinear blow-up fails
 * it; no timing is asserted), with a bounded report. The generator is seeded: {@code -Dfuzz.seed=N} replays a failure
 * and {@code -Dfuzz.cases=N} runs more.
 */
class ParserFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_206L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2_000);
    private static final Duration DEADLINE_PER_CASE = Duration.ofSeconds(20);
    private static final int MAX_FINDINGS = 200;
    private static final int MAX_EVIDENCE_PER_FINDING = 25;
    private static final int MAX_MESSAGE = 4_000;

    private final RuleFixtures fixtures = new RuleFixtures();
    private final ReadmeModule readme = new ReadmeModule(fixtures.catalog());
    private final DockerfileModule dockerfile = new DockerfileModule(fixtures.catalog());
    private final NotebookModule notebook = new NotebookModule(fixtures.catalog());
    private final EndpointModule endpoint = new EndpointModule(fixtures.catalog());
    private final Ignores ignores = new Ignores(fixtures.catalog());

    @Test
    void generatedRepositoriesNeverThrowHangOrProduceUnboundedReports() throws Exception {
        Random random = new Random(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < CASES; i++) {
                long caseSeed = random.nextLong();
                Future<?> run = worker.submit(() -> runCase(caseSeed));
                try {
                    run.get(DEADLINE_PER_CASE.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    fail("case " + i + " (case seed " + caseSeed + ") ran past " + DEADLINE_PER_CASE.toSeconds()
                            + " s");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(
                            "case " + i + " (case seed " + caseSeed + ") failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private void runCase(long caseSeed) {
        Generator generate = new Generator(new Random(caseSeed));
        MemoryRepo repo = new MemoryRepo()
                .with(generate.pick(List.of("README.md", "README.rst", "README.txt", "README")), generate.readme())
                .with("Dockerfile", generate.dockerfile())
                .with("notebooks/train.ipynb", generate.notebook())
                .with("requirements.txt", generate.requirements())
                .with("environment.yml", generate.environment())
                .with("pyproject.toml", generate.pyproject())
                .with("src/train.py", generate.python());
        RepoContext context = fixtures.context(repo);
        context.prepare();
        List<Finding> findings =
                new ArrayList<>(readme.evaluate(context, SignalSet.empty()).findings());
        findings.addAll(dockerfile.evaluate(context, SignalSet.empty()).findings());
        findings.addAll(notebook.evaluate(context, SignalSet.empty()).findings());
        findings.addAll(endpoint.evaluate(context, SignalSet.empty()).findings());
        assertBounded(findings);
        assertThat(context.dependencies().unreadable()).isEmpty();

        String settings = generate.settings();
        SettingsFile parsed = SettingsFile.parse(".hireable.yml", settings);
        assertThat(parsed.root().isPresent() && parsed.problem().isPresent())
                .as("a document or a problem, not both")
                .isFalse();
        assertThat(parsed.problem().map(String::length).orElse(0)).isLessThan(MAX_MESSAGE);
        IgnoreConfig config = ignores.parse(".hireable.yml", settings);
        assertThat(config.problems())
                .allSatisfy(problem -> assertThat(problem.length()).isLessThan(MAX_MESSAGE));
    }

    private static void assertBounded(List<Finding> findings) {
        assertThat(findings.size()).isLessThanOrEqualTo(MAX_FINDINGS);
        for (Finding finding : findings) {
            assertThat(finding.message().length()).as(finding.rule()).isLessThan(MAX_MESSAGE);
            assertThat(finding.evidence().size()).as(finding.rule()).isLessThanOrEqualTo(MAX_EVIDENCE_PER_FINDING);
            for (Evidence evidence : finding.evidence()) {
                assertThat(evidence.snippet().map(String::length).orElse(0)).isLessThanOrEqualTo(200);
            }
        }
    }
}
