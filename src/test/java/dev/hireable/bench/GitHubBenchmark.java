package dev.hireable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code hireable user} on a generated user with 100 repositories, against a fake GitHub (WireMock) that answers every
 * request after 100 ms, beside a minimal raw-HTTP client (java.net.http) making only the requests the work needs
 * against the same fake: the listing, one tree per repository and the raw files. Cold (empty cache) at concurrency 4
 * and 8, and warm (nothing changed), whose reference is the listing alone. hireable runs in-process (the CLI's
 * {@code Hireable.run}, rule loading included, JVM start not), after one untimed round of both that warms the JIT
 * (cold, then warm before the warm row);
 * each figure is the median of {@code -Dbench.repeats} (default 3) paired runs. Prints the rows; asserts no times.
 * <p>
 * Run: {@code ./mvnw -B -q test -Dslow=true -Dtest=GitHubBenchmark}; other code calls {@link #rows()}.
 */
@Tag("slow")
public class GitHubBenchmark {

    private static final int REPOSITORIES = 100;
    private static final Duration LATENCY = Duration.ofMillis(100);
    private static final String LOGIN = "bench-user";
    private static final String TOKEN = "ghp_benchmark";
    private static final int WARM_RUNS_AT_LEAST = 15;
    private static final String HEADER = "workload | hireable | reference | ratio | goal";

    @Test
    void hundredRepositoriesColdAndWarmBesideAMinimalClient() {
        List<String[]> rows = rows();
        System.out.println();
        System.out.println(HEADER);
        rows.forEach(row -> System.out.println(String.join(" | ", row)));
        assertThat(rows).hasSize(3);
    }

    public static void main(String[] args) {
        new GitHubBenchmark().hundredRepositoriesColdAndWarmBesideAMinimalClient();
    }

    /**
     * The benchmark's rows, each {@code {workload, hireable, reference, ratio, goal}} with times in seconds: cold at
     * concurrency 4, cold at concurrency 8, warm at concurrency 8. Takes about a minute.
     */
    public static List<String[]> rows() {
        int repeats = Integer.getInteger("bench.repeats", 3);
        Path caches = temporaryFolder();
        try (FakeGitHub github = FakeGitHub.start(LATENCY)) {
            FakeGitHub.User user = github.user(LOGIN);
            for (int i = 0; i < REPOSITORIES; i++) {
                generate(user.repo(String.format(Locale.ROOT, "project-%03d", i)), i);
            }
            Reference reference = new Reference(github.apiUrl(), github.rawUrl());
            Path warmCache = caches.resolve("warm");
            hireable(github, 8, warmCache);
            reference.cold(8);
            List<String[]> rows = new ArrayList<>();
            for (int concurrency : new int[] {4, 8}) {
                List<Double> ours = new ArrayList<>();
                List<Double> theirs = new ArrayList<>();
                for (int run = 0; run < repeats; run++) {
                    ours.add(hireable(github, concurrency, caches.resolve("cold-" + concurrency + "-" + run)));
                    theirs.add(reference.cold(concurrency));
                }
                rows.add(row(
                        "GitHub user, 100 repos, 100 ms per response, cold, concurrency " + concurrency,
                        ours,
                        theirs,
                        "<= 1.2x"));
            }
            // the warm row's own untimed round: reading stored results is code no cold run has run, and the
            // reference's listing ran in every cold round already
            hireable(github, 8, warmCache);
            reference.listing();
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            // a warm run takes a fifth of a second: more of them cost little and steady the median
            for (int run = 0; run < Math.max(repeats, WARM_RUNS_AT_LEAST); run++) {
                github.resetRequests();
                ours.add(hireable(github, 8, warmCache));
                assertThat(github.rawRequests()).as("a warm run reads no file").isZero();
                theirs.add(reference.listing());
            }
            rows.add(row("same, warm (nothing changed); reference: the listing alone", ours, theirs, "<= 1.5x"));
            return rows;
        } finally {
            delete(caches);
        }
    }

    /** Seconds one {@code hireable user} run took; fails on a non-zero exit. */
    private static double hireable(FakeGitHub github, int concurrency, Path cache) {
        String[] args = {
            "user",
            LOGIN,
            "--api-url",
            github.apiUrl(),
            "--raw-url",
            github.rawUrl(),
            "--cache-dir",
            cache.toString(),
            "--concurrency",
            String.valueOf(concurrency),
            "--format",
            "json"
        };
        long start = System.nanoTime();
        CliRun run = CliRun.run(Map.of("GITHUB_TOKEN", TOKEN), args);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.exitCode()).as(run.err()).isZero();
        return seconds;
    }

    /**
     * A row of paired runs: the medians of each side, and the median of the runs' own ratios (each of hireable's runs
     * beside the reference run next to it: the machine's drift from minute to minute falls on both).
     */
    private static String[] row(String workload, List<Double> ours, List<Double> theirs, String goal) {
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(ours.get(i) / theirs.get(i));
        }
        return new String[] {
            workload,
            String.format(Locale.ROOT, "%.2f s", median(ours)),
            String.format(Locale.ROOT, "%.2f s", median(theirs)),
            String.format(Locale.ROOT, "%.2fx", median(ratios)),
            goal
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("hireable-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }

    /**
     * The least a client can do to read the same files: list the user's repositories, then, {@code concurrency}
     * repositories at a time, one recursive tree each and every file in it from the raw host at once.
     */
    private static final class Reference {
        private static final ObjectMapper JSON = JsonMapper.builder().build();
        private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

        private final String api;
        private final String raw;
        private final HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Reference(String api, String raw) {
            this.api = api;
            this.raw = raw;
        }

        double listing() {
            long start = System.nanoTime();
            listRepositories();
            return (System.nanoTime() - start) / 1e9;
        }

        double cold(int concurrency) {
            long start = System.nanoTime();
            List<JsonNode> repos = listRepositories();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            try {
                List<Future<Integer>> read = repos.stream()
                        .map(repo -> pool.submit(() -> readRepository(repo)))
                        .toList();
                for (Future<Integer> files : read) {
                    assertThat(files.get()).isPositive();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            return (System.nanoTime() - start) / 1e9;
        }

        private List<JsonNode> listRepositories() {
            List<JsonNode> repos = new ArrayList<>();
            Optional<String> page = Optional.of(api + "/users/" + LOGIN + "/repos?per_page=100");
            while (page.isPresent()) {
                HttpResponse<String> response = send(page.get());
                read(response.body()).forEach(repos::add);
                Matcher next =
                        NEXT.matcher(response.headers().firstValue("Link").orElse(""));
                page = next.find() ? Optional.of(next.group(1)) : Optional.empty();
            }
            return repos;
        }

        private int readRepository(JsonNode repo) {
            String name = repo.get("full_name").asText();
            String branch = repo.get("default_branch").asText();
            JsonNode tree = read(send(api + "/repos/" + name + "/git/trees/" + branch + "?recursive=1")
                    .body());
            List<CompletableFuture<HttpResponse<byte[]>>> files = new ArrayList<>();
            for (JsonNode entry : tree.get("tree")) {
                if ("blob".equals(entry.get("type").asText())) {
                    files.add(client.sendAsync(
                            HttpRequest.newBuilder(URI.create(raw + "/" + name + "/" + branch + "/"
                                            + entry.get("path").asText()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray()));
                }
            }
            files.forEach(file -> assertThat(file.join().statusCode()).isEqualTo(200));
            return files.size();
        }

        private HttpResponse<String> send(String url) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Accept", "application/vnd.github+json")
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(url).isEqualTo(200);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static JsonNode read(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void generate(FakeGitHub.Repo repo, int i) {
        repo.file(
                        "README.md",
                        "# Project " + i + "\n\n## Problem\nPredict churn for segment " + i + ".\n\n## Results\n"
                                + "| metric | value |\n|---|---|\n| AUC | 0." + (70 + i % 29) + " |\n"
                                + "Filler paragraph. ".repeat(40))
                .file("requirements.txt", "pandas==2.2.2\nscikit-learn==1.5.0\nfastapi==0.111.0\nmlflow==2.13.0\n")
                .file("Dockerfile", "FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n")
                .file(
                        ".github/workflows/ci.yml",
                        "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                + "      - uses: actions/checkout@v4\n      - run: pytest\n")
                .file(
                        "src/train.py",
                        "import mlflow\nimport pandas as pd\nfrom sklearn.linear_model import LogisticRegression\n\n"
                                + "def train(path):\n    frame = pd.read_csv(path)\n    with mlflow.start_run():\n"
                                + "        return LogisticRegression().fit(frame.drop(columns=['y']), frame['y'])\n"
                                        .repeat(1 + i % 5))
                .file(
                        "src/app.py",
                        "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {}\n")
                .file(
                        "notebooks/eda.ipynb",
                        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import pandas as pd\\n\"],"
                                + " \"metadata\": {}, \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    }
}
