package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.FakeGitHub;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

    private final FetchPolicy builtIn =
            new TestSettings().catalog.section("github.yaml", "vocabulary", FetchPolicy.class);

    @Test
    void mostTellingFilesComeFirstAndNotebooksBySize() {
        List<FileEntry> files = List.of(
                new FileEntry("notebooks/big.ipynb", 90_000),
                new FileEntry("src/model.py", 4_000),
                new FileEntry("notebooks/small.ipynb", 3_000),
                new FileEntry("Dockerfile", 300),
                new FileEntry("requirements.txt", 200),
                new FileEntry("README.md", 5_000),
                new FileEntry(".github/workflows/ci.yml", 400),
                new FileEntry("data/train.csv", 100),
                new FileEntry("docs/arch.png", 50));
        List<String> order =
                builtIn.select(files, 1_000_000).stream().map(FileEntry::path).toList();
        assertThat(order)
                .containsExactly(
                        "README.md",
                        "requirements.txt",
                        "Dockerfile",
                        ".github/workflows/ci.yml",
                        "src/model.py",
                        "notebooks/small.ipynb",
                        "notebooks/big.ipynb",
                        "data/train.csv");
    }

    @Test
    void budgetKeepsTheMostTellingFilesAndSkipsOnesThatDoNotFit() {
        FetchPolicy tight = builtIn.withBudget(3, 10_000);
        List<FileEntry> files = List.of(
                new FileEntry("README.md", 6_000),
                new FileEntry("pyproject.toml", 5_000),
                new FileEntry("setup.cfg", 1_000),
                new FileEntry("train.py", 1_000),
                new FileEntry("serve.py", 1_000));
        assertThat(tight.select(files, 1_000_000))
                .extracting(FileEntry::path)
                .containsExactly("README.md", "setup.cfg", "serve.py");
    }

    @Test
    void fileOverTheSizeLimitIsNeverChosen() {
        assertThat(builtIn.select(List.of(new FileEntry("README.md", 2_000_000)), 1_000_000))
                .isEmpty();
    }

    @Test
    void fingerprintChangesWithTheBudget() {
        assertThat(builtIn.fingerprint(1_000_000, List.of("venv")))
                .isEqualTo(builtIn.fingerprint(1_000_000, List.of("venv")))
                .isNotEqualTo(builtIn.withBudget(10, 1000).fingerprint(1_000_000, List.of("venv")));
    }

    @Test
    void fileLeftOutByTheBudgetReadsAsOverBudgetAndIsNeverDownloaded() throws Exception {
        try (FakeGitHub github = FakeGitHub.start()) {
            github.user("jdoe")
                    .repo("big")
                    .file("README.md", "# Big")
                    .file("train.py", "import torch\n")
                    .file("z_extra.py", "# a longer file than train.py\nx = 1\n");
            TestSettings test = new TestSettings();
            GitHubSettings base = test.settings(github, Optional.empty());
            GitHubSettings tight = new GitHubSettings(
                    base.apiUrl(),
                    base.rawUrl(),
                    base.token(),
                    base.cacheDir(),
                    1,
                    base.timeout(),
                    base.retry(),
                    base.fetch().withBudget(2, 1_000_000),
                    base.limits(),
                    "test",
                    base.sleeper(),
                    base.clock(),
                    base.notices());
            try (GitHubSession session = GitHubSession.open(tight)) {
                Snapshot snapshot = new GitHubRepoSource(
                                session, List.of(RepoRef.parse("jdoe/big").orElseThrow()))
                        .repositories()
                        .get(0)
                        .open();
                assertThat(snapshot.read("README.md")).isInstanceOf(FileContent.Text.class);
                assertThat(snapshot.read("train.py")).isInstanceOf(FileContent.Text.class);
                assertThat(snapshot.read("z_extra.py")).isInstanceOf(FileContent.OverBudget.class);
                assertThat(snapshot.read("nope.py")).isInstanceOf(FileContent.Missing.class);
            }
            assertThat(github.requests("/jdoe/big/")).hasSize(2);
        }
    }
}
