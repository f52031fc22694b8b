package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.SourceException;
import dev.hireable.testing.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubSessionTest {

    @TempDir
    Path cache;

    @Test
    void listingMetadataFillsTheSnapshotColdAndFromTheCache() throws SourceException {
        try (FakeGitHub github = FakeGitHub.start()) {
            github.user("jdoe")
                    .repo("churn")
                    .file("README.md", "# Churn")
                    .homepage("https://churn.example.app")
                    .description("Churn model")
                    .topics("mlops", "fastapi")
                    .archived()
                    .defaultBranch("trunk")
                    .pushedAt(Instant.parse("2025-09-01T08:00:00Z"));
            TestSettings test = new TestSettings();
            RepoMetadata cold = open(github, test);
            RepoMetadata warm = open(github, test);
            for (RepoMetadata metadata : new RepoMetadata[] {cold, warm}) {
                assertThat(metadata.id()).isEqualTo("jdoe/churn");
                assertThat(metadata.webUrl()).contains("https://github.com/jdoe/churn");
                assertThat(metadata.homepage()).contains("https://churn.example.app");
                assertThat(metadata.description()).contains("Churn model");
                assertThat(metadata.topics()).containsExactly("mlops", "fastapi");
                assertThat(metadata.archived()).isTrue();
                assertThat(metadata.fork()).isFalse();
                assertThat(metadata.defaultBranch()).contains("trunk");
                assertThat(metadata.pushedAt()).contains(Instant.parse("2025-09-01T08:00:00Z"));
                assertThat(metadata.createdAt()).isPresent();
                assertThat(metadata.commit())
                        .hasValueSatisfying(sha -> assertThat(sha).matches("[0-9a-f]{40}"));
            }
            assertThat(warm.commit()).isEqualTo(cold.commit());
        }
    }

    @Test
    void storedSnapshotWhoseFilesCannotBeReadIsReadAgainFromGitHubAtTheSameCommit() throws Exception {
        try (FakeGitHub github = FakeGitHub.start()) {
            github.user("jdoe")
                    .repo("churn")
                    .file("README.md", "# Churn\n" + "Results and more. ".repeat(2000))
                    .file("train.py", "import torch\n");
            TestSettings test = new TestSettings();
            String commit = open(github, test).commit().orElseThrow();
            Path stored = cache.resolve("snapshots/jdoe/churn.json.gz");
            byte[] whole = Files.readAllBytes(stored);
            Files.write(stored, Arrays.copyOf(whole, whole.length / 2));
            github.resetRequests();

            RepoMetadata again = open(github, test);

            assertThat(again.commit()).contains(commit);
            assertThat(test.notes).anyMatch(note -> note.contains("the cached copy of jdoe/churn is unreadable"));
            assertThat(github.requests("/repos/jdoe/churn/git/trees/"))
                    .extracting(e -> e.getRequest().getUrl())
                    .containsExactly("/repos/jdoe/churn/git/trees/" + commit + "?recursive=1");
        }
    }

    private RepoMetadata open(FakeGitHub github, TestSettings test) throws SourceException {
        try (GitHubSession session = GitHubSession.open(test.settings(github, Optional.of(cache)))) {
            return new GitHubUserSource(session, "jdoe", false, Optional.empty())
                    .repositories()
                    .get(0)
                    .open()
                    .metadata();
        }
    }
}
