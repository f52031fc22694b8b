package dev.hireable.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.testing.FakeGitHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first trees are read by branch name while the head commits are resolved, and checked against them. */
class EarlyTreeTest {

    private static final int GRAPHQL_DELAY_MS = 1500;

    private final TestSettings test = new TestSettings();

    @Test
    void firstTreesAreRequestedWhileTheHeadCommitsAreStillBeingResolved() throws SourceException {
        try (FakeGitHub github = threeRepositories()) {
            String heads = graphQlAnswer(github);
            github.api()
                    .stubFor(WireMock.post(urlPathEqualTo("/graphql"))
                            .atPriority(1)
                            .willReturn(FakeGitHub.json(200, heads, 4990).withFixedDelay(GRAPHQL_DELAY_MS)));
            github.resetRequests();

            List<Snapshot> snapshots = openAll(github);

            ServeEvent graphQl = github.requests("/graphql").get(0);
            long answered = graphQl.getRequest().getLoggedDate().getTime() + GRAPHQL_DELAY_MS;
            List<ServeEvent> trees = github.requests("/repos/jdoe/").stream()
                    .filter(e -> e.getRequest().getUrl().contains("/git/trees/"))
                    .toList();
            assertThat(trees).hasSize(3).allSatisfy(tree -> {
                assertThat(tree.getRequest().getUrl()).contains("/git/trees/main?recursive=1");
                assertThat(tree.getRequest().getLoggedDate().getTime()).isLessThan(answered);
            });
            assertThat(snapshots)
                    .allSatisfy(
                            snapshot -> assertThat(snapshot.metadata().commit()).isPresent());
        }
    }

    @Test
    void treeOfABranchThatMovedMeanwhileIsReadAgainAtTheHeadCommit() throws SourceException {
        try (FakeGitHub github = threeRepositories()) {
            github.api()
                    .stubFor(get(urlPathEqualTo("/repos/jdoe/alpha/git/trees/main"))
                            .atPriority(1)
                            .willReturn(FakeGitHub.json(200, FakeGitHub.sample("git-trees-recursive.json"), 4990)));

            Snapshot alpha = openAll(github).get(0);

            String commit = alpha.metadata().commit().orElseThrow();
            assertThat(alpha.tree().files()).extracting(FileEntry::path).containsExactly("README.md", "train.py");
            assertThat(github.requests("/repos/jdoe/alpha/git/trees/"))
                    .extracting(e -> e.getRequest().getUrl())
                    .containsExactlyInAnyOrder(
                            "/repos/jdoe/alpha/git/trees/main?recursive=1",
                            "/repos/jdoe/alpha/git/trees/" + commit + "?recursive=1");
        }
    }

    private FakeGitHub threeRepositories() {
        FakeGitHub github = FakeGitHub.start();
        FakeGitHub.User user = github.user("jdoe");
        for (String name : List.of("alpha", "beta", "gamma")) {
            user.repo(name).file("README.md", "# " + name + "\n").file("train.py", "import torch\n");
        }
        // most recently pushed first: alpha, then beta, then gamma
        user.repo("alpha").file("README.md", "# alpha, again\n").file("README.md", "# alpha\n");
        user.repo("beta").file("README.md", "# beta\n");
        return github;
    }

    /** What the fake answers to the GraphQL query for the heads, from one run without a cache. */
    private String graphQlAnswer(FakeGitHub github) throws SourceException {
        openAll(github);
        return github.requests("/graphql").get(0).getResponse().getBodyAsString();
    }

    private List<Snapshot> openAll(FakeGitHub github) throws SourceException {
        try (GitHubSession session = GitHubSession.open(test.settings(github, Optional.empty()))) {
            List<Snapshot> snapshots = new ArrayList<>();
            for (RepoHandle handle : new GitHubUserSource(session, "jdoe", false, Optional.empty()).repositories()) {
                snapshots.add(handle.open());
            }
            return snapshots;
        }
    }
}
