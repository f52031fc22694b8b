package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.SourceException;
import dev.hireable.source.local.LocalDirectorySource;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same folder audited locally and through the (fake) GitHub API gives the same signals, archetypes and findings;
 * only the id and the links differ. Runs whatever modules the RuleEngine has.
 */
class GitHubParityTest {

    private static final Path PARITY = Path.of("src/test/resources/fixtures/parity");
    private static final Path EXAMPLES = Path.of("examples");

    private static FakeGitHub github;
    private static TestSettings test;
    private static GitHubSession session;

    @BeforeAll
    static void serveEveryFixture() throws IOException {
        github = FakeGitHub.start();
        test = new TestSettings();
        FakeGitHub.User user = github.user("parity");
        for (Path folder : folders().toList()) {
            user.repo(folder.getFileName().toString(), folder);
        }
        session = GitHubSession.open(test.settings(github, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        session.close();
        github.close();
    }

    static Stream<Path> folders() throws IOException {
        try (Stream<Path> parity = Files.list(PARITY);
                Stream<Path> examples = Files.list(EXAMPLES)) {
            return Stream.concat(parity.toList().stream(), examples.toList().stream())
                    .filter(Files::isDirectory)
                    .sorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void localAndGitHubAuditsOfTheSameFolderAgree(Path folder) throws SourceException {
        Snapshot local = local(folder);
        Snapshot remote = remote(folder);
        RepoRef ref = new RepoRef("parity", folder.getFileName().toString(), Optional.empty());

        assertThat(remote.tree().files()).isEqualTo(local.tree().files());
        assertThat(remote.tree().truncated()).isFalse();
        RepoAssessment expected = test.engine.assess(local);
        RepoAssessment actual = test.engine.assess(remote);
        assertThat(actual.signals()).isEqualTo(expected.signals());
        assertThat(actual.archetypes()).isEqualTo(expected.archetypes());
        assertThat(withoutLinks(actual.findings())).containsExactlyElementsOf(withoutLinks(expected.findings()));
        assertThat(actual.metadata().webUrl()).contains("https://github.com/" + ref.fullName());
        assertThat(actual.metadata().commit()).isPresent();
    }

    /** Whatever file a future rule reads, it reads the same through GitHub, unless it is never worth a download. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void everyFileReadsTheSameLocallyAndThroughGitHub(Path folder) throws SourceException {
        Snapshot local = local(folder);
        Snapshot remote = remote(folder);
        FetchPolicy policy = test.settings(github, Optional.empty()).fetch();
        List<Glob> never = policy.neverFetch().stream().map(Glob::of).toList();
        for (FileEntry file : local.tree().files()) {
            FileContent there = remote.read(file.path());
            if (never.stream().anyMatch(g -> g.matches(file.path()))) {
                assertThat(there).as(file.path()).isInstanceOf(FileContent.OverBudget.class);
            } else {
                assertThat(there).as(file.path()).isEqualTo(local.read(file.path()));
            }
        }
    }

    private static Snapshot local(Path folder) throws SourceException {
        SnapshotLimits limits =
                SnapshotLimits.defaults(test.engine.sourceVocabulary().ignoredFolders());
        return new LocalDirectorySource(List.of(folder), limits)
                .repositories()
                .get(0)
                .open();
    }

    private static Snapshot remote(Path folder) throws SourceException {
        RepoRef ref = new RepoRef("parity", folder.getFileName().toString(), Optional.empty());
        return new GitHubRepoSource(session, List.of(ref)).repositories().get(0).open();
    }

    private static List<Finding> withoutLinks(List<Finding> findings) {
        return findings.stream()
                .map(f -> new Finding(
                        f.rule(),
                        f.outcome(),
                        f.message(),
                        f.evidence().stream().map(GitHubParityTest::withoutLink).toList(),
                        f.remediation()))
                .toList();
    }

    private static Evidence withoutLink(Evidence evidence) {
        return evidence.path().isPresent() ? evidence.withUrl(Optional.empty()) : evidence;
    }
}
