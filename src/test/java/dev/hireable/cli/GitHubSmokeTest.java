package dev.hireable.cli;

import dev.hireable.testing.FakeGitHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubSmokeTest {

    @TempDir
    Path cache;

    @Test
    void auditsAUserThroughTheFake() {
        try (FakeGitHub github = FakeGitHub.start()) {
            FakeGitHub.User user = github.user("jdoe-ml");
            user.repo("churn-guard", Path.of("examples/churn-guard"));
            user.repo("review-sentiment", Path.of("examples/review-sentiment"));
            user.repo("titanic-notebook", Path.of("examples/titanic-notebook"));
            CliRun run = CliRun.run(Map.of("GITHUB_TOKEN", "ghp_secret123"), "user", "jdoe-ml", "--api-url", github.apiUrl(),
                    "--raw-url", github.rawUrl(), "--cache-dir", cache.toString(), "--format", "json");
            System.out.println(run.err());
            System.out.println(run.out().substring(0, Math.min(3000, run.out().length())));
            System.out.println("rate limited " + github.rateLimitedRequests() + " raw " + github.rawRequests());
            assertThat(run.exitCode()).isZero();
            github.resetRequests();
            CliRun warm = CliRun.run(Map.of("GITHUB_TOKEN", "ghp_secret123"), "user", "jdoe-ml", "--api-url", github.apiUrl(),
                    "--raw-url", github.rawUrl(), "--cache-dir", cache.toString(), "--format", "json");
            System.out.println(warm.err());
            System.out.println("warm rate limited " + github.rateLimitedRequests() + " 304 " + github.notModifiedResponses() + " raw " + github.rawRequests());
        }
    }
}
