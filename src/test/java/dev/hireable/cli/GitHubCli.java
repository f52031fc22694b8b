package dev.hireable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Runs `hireable user|repo` against a {@link FakeGitHub}, with a cache folder and no real waits between retries. */
final class GitHubCli {

    static final String TOKEN = "ghp_TestTokenThatMustNeverLeak0123456789";

    private final FakeGitHub github;
    private final Path cache;
    private final Map<String, String> env = new HashMap<>();

    GitHubCli(FakeGitHub github, Path cache) {
        this.github = github;
        this.cache = cache;
        env.put("GITHUB_TOKEN", TOKEN);
    }

    GitHubCli anonymous() {
        env.remove("GITHUB_TOKEN");
        return this;
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--api-url", github.apiUrl(), "--raw-url", github.rawUrl(), "--retry-backoff-ms", "1"));
        if (!all.contains("--no-cache") && !all.contains("--cache-dir")) {
            all.addAll(List.of("--cache-dir", cache.toString()));
        }
        return CliRun.run(env, all.toArray(String[]::new));
    }

    /** Runs with --format json and parses the report. */
    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        return parse(run(all.toArray(String[]::new)));
    }

    static JsonNode parse(CliRun run) {
        try {
            return JsonMapper.builder().build().readTree(run.out());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + run.out() + "\n" + run.err(), e);
        }
    }

    static List<String> ids(JsonNode report, String field) {
        return StreamSupport.stream(report.get(field).spliterator(), false)
                .map(n -> n.has("id") ? n.get("id").asText() : n.get("repo").asText())
                .toList();
    }

    static String message(JsonNode report, String field, String repo) {
        for (JsonNode node : report.get(field)) {
            if (node.get("repo").asText().equals(repo)) {
                return node.has("message")
                        ? node.get("message").asText()
                        : node.get("reason").asText();
            }
        }
        throw new AssertionError(repo + " is not in " + field + ": " + report.get(field));
    }
}
