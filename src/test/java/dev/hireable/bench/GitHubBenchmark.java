package dev.hireable.bench;

import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `hireable user` on a generated user with 100 repositories, against a fake GitHub that takes 100 ms to answer every
 * request, cold (empty cache) and then warm (nothing changed). Prints figures; asserts no times.
 * Run: mvn -B -q test -Dslow=true -Dtest=GitHubBenchmark
 */
@Tag("slow")
class GitHubBenchmark {

    private static final int REPOSITORIES = 100;
    private static final Duration LATENCY = Duration.ofMillis(100);

    @TempDir
    Path cache;

    @Test
    void hundredRepositoriesColdThenWarm() {
        try (FakeGitHub github = FakeGitHub.start(LATENCY)) {
            FakeGitHub.User user = github.user("bench-user");
            for (int i = 0; i < REPOSITORIES; i++) {
                generate(user.repo(String.format(Locale.ROOT, "project-%03d", i)), i);
            }
            Map<String, String> env = Map.of("GITHUB_TOKEN", "ghp_benchmark");
            String[] args = {"user", "bench-user", "--api-url", github.apiUrl(), "--raw-url", github.rawUrl(),
                    "--cache-dir", cache.toString(), "--format", "json"};
            System.out.printf(Locale.ROOT, "%nhireable user: %d repositories, %d ms latency on every response%n", REPOSITORIES,
                    LATENCY.toMillis());
            System.out.printf(Locale.ROOT, "%-5s %5s %13s %9s %6s %6s %9s %12s%n", "run", "exit", "rate-limited", "per repo",
                    "304s", "raw", "wall", "peak heap");
            for (String label : new String[] {"cold", "warm"}) {
                github.resetRequests();
                resetPeaks();
                long start = System.nanoTime();
                CliRun run = CliRun.run(env, args);
                long millis = (System.nanoTime() - start) / 1_000_000;
                int limited = github.rateLimitedRequests();
                System.out.printf(Locale.ROOT, "%-5s %5d %13d %9.2f %6d %6d %7.2f s %9d MB%n", label, run.exitCode(), limited,
                        limited / (double) REPOSITORIES, github.notModifiedResponses(), github.rawRequests(), millis / 1000.0,
                        peakHeapMegabytes());
                assertThat(run.exitCode()).as(run.err()).isZero();
            }
        }
    }

    private static void generate(FakeGitHub.Repo repo, int i) {
        repo.file("README.md", "# Project " + i + "\n\n## Problem\nPredict churn for segment " + i + ".\n\n## Results\n"
                        + "| metric | value |\n|---|---|\n| AUC | 0." + (70 + i % 29) + " |\n" + "Filler paragraph. ".repeat(40))
                .file("requirements.txt", "pandas==2.2.2\nscikit-learn==1.5.0\nfastapi==0.111.0\nmlflow==2.13.0\n")
                .file("Dockerfile", "FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n")
                .file(".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                        + "      - uses: actions/checkout@v4\n      - run: pytest\n")
                .file("src/train.py", "import mlflow\nimport pandas as pd\nfrom sklearn.linear_model import LogisticRegression\n\n"
                        + "def train(path):\n    frame = pd.read_csv(path)\n    with mlflow.start_run():\n"
                        + "        return LogisticRegression().fit(frame.drop(columns=['y']), frame['y'])\n".repeat(1 + i % 5))
                .file("src/app.py", "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {}\n")
                .file("notebooks/eda.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import pandas as pd\\n\"],"
                        + " \"metadata\": {}, \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
