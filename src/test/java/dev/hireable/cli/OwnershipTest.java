package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.testing.FakeGitHub;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A candidate may showcase someone else's repository, but it fills a slot only when the candidate contributed. */
class OwnershipTest {

    private static final Path CHURN = Path.of("examples/churn-guard");
    private static final Path SMALL = Path.of("src/test/resources/fixtures/github/small-project");

    @TempDir
    Path cache;

    private FakeGitHub github;
    private GitHubCli cli;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        cli = new GitHubCli(github, cache);
        github.user("bob").repo("churn-guard", CHURN);
        github.user("alice").repo("alice", SMALL).file(".hireable.yml", "projects:\n  - bob/churn-guard\n");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void someoneElsesRepositoryTheCandidateNeverCommittedToIsMarkedAndFillsNoSlot() {
        JsonNode report = cli.json("user", "alice");

        JsonNode churn = repo(report, "bob/churn-guard");
        assertThat(churn.path("owner").path("login").asText()).isEqualTo("bob");
        assertThat(churn.path("owner").path("contributed").asBoolean(true)).isFalse();
        assertThat(churn.path("owner").path("fillsSlots").asBoolean(true)).isFalse();
        assertThat(report.path("portfolio").path("slots").toString()).doesNotContain("bob/churn-guard");
        assertThat(github.requests("/repos/bob/churn-guard/commits?author=alice"))
                .hasSize(1);
        assertThat(cli.run("user", "alice").out())
                .contains("owned by bob: alice has no commits in it, so it fills no slot");
    }

    @Test
    void someoneElsesRepositoryTheCandidateContributedToFillsASlot() {
        github.user("bob").repo("churn-guard").contributors("bob", "alice");

        JsonNode report = cli.json("user", "alice");

        JsonNode churn = repo(report, "bob/churn-guard");
        assertThat(churn.path("owner").path("contributed").asBoolean(false)).isTrue();
        assertThat(churn.path("owner").path("fillsSlots").asBoolean(false)).isTrue();
        assertThat(report.path("portfolio").path("slots").toString()).contains("bob/churn-guard");
    }

    @Test
    void theCandidatesOwnRepositoryHasNoOwnerMarkAndCostsNoRequest() {
        github.user("alice").repo("churn", CHURN);
        github.user("alice").repo("alice").file(".hireable.yml", "projects:\n  - alice/churn\n");

        JsonNode report = cli.json("user", "alice");

        assertThat(repo(report, "alice/churn").has("owner")).isFalse();
        assertThat(github.requests("/repos/alice/churn/commits")).isEmpty();
    }

    private static JsonNode repo(JsonNode report, String id) {
        for (JsonNode repo : report.get("repos")) {
            if (repo.get("id").asText().equals(id)) {
                return repo;
            }
        }
        throw new AssertionError(id + " is not in " + GitHubCli.ids(report, "repos"));
    }
}
