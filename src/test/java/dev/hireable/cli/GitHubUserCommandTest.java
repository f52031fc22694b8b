package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import dev.hireable.testing.TestFolders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hireable user` and `hireable repo` against the fake GitHub: which repositories, in which order, and the cache. */
class GitHubUserCommandTest {

    private static final Path SMALL = Path.of("src/test/resources/fixtures/github/small-project");
    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    Path cache;

    @TempDir
    Path work;

    private FakeGitHub github;
    private GitHubCli cli;
    private FakeGitHub.User user;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        cli = new GitHubCli(github, cache);
        user = github.user("jdoe-ml");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void userAuditReportsEachRepositoryWithItsCommitUrlAndMetadata() {
        user.repo("churn-guard", EXAMPLES.resolve("churn-guard"))
                .homepage("https://churn-guard.onrender.com")
                .topics("mlops", "churn")
                .description("Churn model with a FastAPI service");
        user.repo("titanic-notebook", EXAMPLES.resolve("titanic-notebook")).archived();
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isZero();
        assertThat(report.get("subject").get("kind").asText()).isEqualTo("user");
        JsonNode churn = repo(report, "jdoe-ml/churn-guard");
        assertThat(churn.get("url").asText()).isEqualTo("https://github.com/jdoe-ml/churn-guard");
        assertThat(churn.get("commit").asText()).matches("[0-9a-f]{40}");
        assertThat(churn.toString())
                .contains("https://github.com/jdoe-ml/churn-guard/blob/"
                        + churn.get("commit").asText() + "/");
        assertThat(repo(report, "jdoe-ml/titanic-notebook").get("archived").asBoolean())
                .isTrue();
        assertThat(churn.get("signals").get("endpoint").get("liveUrls").toString())
                .contains("https://churn-guard.onrender.com");
        assertThat(run.out()).doesNotContain("auditing");
        assertThat(run.err()).contains("[2/2]").contains("API requests left");
    }

    @Test
    void topicsHomepageAndDatesComeFromTheListingWithoutExtraRequests() {
        user.repo("churn-guard", SMALL).homepage("https://churn.example.app").topics("mlops", "fastapi");
        cli.json("user", "jdoe-ml");
        assertThat(github.requests("/repos/jdoe-ml/churn-guard/topics")).isEmpty();
        assertThat(github.requests("/repos/jdoe-ml/churn-guard").stream()
                        .filter(e -> e.getRequest().getUrl().equals("/repos/jdoe-ml/churn-guard")))
                .isEmpty();
    }

    @Test
    void forksAreLeftOutUnlessIncluded() {
        user.repo("mine", SMALL);
        user.repo("someone-elses", SMALL).fork();
        JsonNode report = cli.json("user", "jdoe-ml");
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/mine");
        assertThat(GitHubCli.message(report, "skipped", "jdoe-ml/someone-elses"))
                .contains("fork")
                .contains("--include-forks");

        JsonNode withForks = cli.json("user", "jdoe-ml", "--include-forks");
        assertThat(GitHubCli.ids(withForks, "repos"))
                .containsExactlyInAnyOrder("jdoe-ml/mine", "jdoe-ml/someone-elses");
    }

    @Test
    void showcasedProjectsComeFirstAndTheProfileRepositoryIsSkipped() {
        user.repo("zeta", SMALL).file("z.md", "z");
        user.repo("linked-one", SMALL);
        user.repo("listed-one", SMALL);
        user.repo("jdoe-ml", SMALL)
                .file(
                        "README.md",
                        "# Hi\nSee [my best work](https://github.com/jdoe-ml/linked-one) and "
                                + "[a friend's](https://github.com/someone/else).\n")
                .file(".hireable.yml", "projects:\n  - jdoe-ml/listed-one\n");
        JsonNode report = cli.json("user", "jdoe-ml", "--max-repos", "2");
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/listed-one", "jdoe-ml/linked-one");
        assertThat(GitHubCli.message(report, "skipped", "jdoe-ml/zeta")).isEqualTo("beyond --max-repos 2");
        assertThat(GitHubCli.message(report, "skipped", "jdoe-ml/jdoe-ml")).contains("profile README");
    }

    @Test
    void showcasedProjectsAreReadFromTheYamlSpellingOfTheSettingsFileToo() {
        user.repo("zeta", SMALL).file("z.md", "z");
        user.repo("listed-one", SMALL);
        user.repo("jdoe-ml", SMALL).file(".hireable.yaml", "projects:\n  - jdoe-ml/listed-one\n");
        JsonNode report = cli.json("user", "jdoe-ml", "--max-repos", "1");
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/listed-one");
    }

    @Test
    void manifestProjectInAFolderIsAuditedAsAProjectOfItsOwn() {
        user.repo("portfolio", EXAMPLES);
        user.repo("jdoe-ml", SMALL)
                .file(".hireable.yml", "projects:\n  - jdoe-ml/portfolio:churn-guard\n  - not a repo\n");
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json", "--max-repos", "1");
        JsonNode report = GitHubCli.parse(run);
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/portfolio:churn-guard");
        JsonNode project = repo(report, "jdoe-ml/portfolio:churn-guard");
        assertThat(project.toString())
                .contains("\"path\":\".github/workflows/ci.yml\"")
                .doesNotContain("\"path\":\"churn-guard/")
                .containsPattern(
                        "\"url\":\"https://github.com/jdoe-ml/portfolio/blob/[0-9a-f]{40}/churn-guard/.github/workflows/ci.yml\"");
        assertThat(project.path("url").asText())
                .matches("https://github.com/jdoe-ml/portfolio/tree/[0-9a-f]{40}/churn-guard");
        assertThat(run.err()).contains("'not a repo' is not OWNER/NAME");
    }

    @Test
    void listingFollowsLinkPagesAcrossTheUserIdUrls() {
        for (int i = 0; i < 205; i++) {
            user.repo(String.format("repo-%03d", i)).file("README.md", "# " + i);
        }
        JsonNode report = cli.json("user", "jdoe-ml", "--max-repos", "2");
        assertThat(report.get("repos")).hasSize(2);
        assertThat(report.get("skipped")).hasSize(203);
        assertThat(github.requests("/users/jdoe-ml/repos?per_page=100")).hasSize(1);
        assertThat(github.requests("/user/"))
                .extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder(
                        "/user/" + userId() + "/repos?per_page=100&page=2",
                        "/user/" + userId() + "/repos?per_page=100&page=3");
    }

    @Test
    void anonymousRunWarnsOnceAndResolvesHeadsWithoutGraphQl() {
        user.repo("alpha", SMALL);
        CliRun run = cli.anonymous().run("user", "jdoe-ml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("no GitHub token"))).hasSize(1);
        assertThat(github.requests("/graphql")).isEmpty();
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/refs/heads/main")).hasSize(1);
        assertThat(GitHubCli.parse(run).get("repos")).hasSize(1);
    }

    @Test
    void repoCommandAuditsChosenRepositoriesInTheOrderGiven() {
        user.repo("alpha", SMALL);
        user.repo("beta", EXAMPLES.resolve("titanic-notebook"));
        JsonNode report = cli.json("repo", "jdoe-ml/beta", "https://github.com/jdoe-ml/alpha");
        assertThat(report.get("subject").get("kind").asText()).isEqualTo("repo");
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/beta", "jdoe-ml/alpha");
    }

    @Test
    void repoCommandRejectsANameThatIsNotOwnerSlashName() {
        CliRun run = cli.run("repo", "just-a-name");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'just-a-name' is not OWNER/NAME");
    }

    @Test
    void unchangedRepositoriesAreNotReadAgain() {
        user.repo("alpha", SMALL);
        user.repo("beta", EXAMPLES.resolve("churn-guard"));
        JsonNode cold = cli.json("user", "jdoe-ml");
        github.resetRequests();
        JsonNode warm = cli.json("user", "jdoe-ml");
        assertThat(github.rateLimitedRequests()).isZero();
        assertThat(github.notModifiedResponses()).as("the listing, revalidated").isEqualTo(1);
        assertThat(github.rawRequests()).isZero();
        assertThat(withoutTimes(warm)).isEqualTo(withoutTimes(cold));
    }

    @Test
    void changedRepositoryIsReadAgainAndOnlyThatOne() {
        user.repo("alpha", SMALL);
        user.repo("beta", SMALL).file("notes.md", "first");
        cli.json("user", "jdoe-ml");
        user.repo("beta").file("notes.md", "second");
        github.resetRequests();
        JsonNode report = cli.json("user", "jdoe-ml");
        assertThat(github.requests("/repos/jdoe-ml/beta/git/trees")).hasSize(1);
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).isEmpty();
        assertThat(repo(report, "jdoe-ml/beta").get("commit").asText()).isNotEqualTo("");
    }

    @Test
    void pushElsewhereWithTheSameHeadReusesTheCacheAfterOneHeadLookup() {
        user.repo("alpha", SMALL);
        cli.json("user", "jdoe-ml");
        user.repo("alpha").pushedAt(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        github.resetRequests();
        cli.json("user", "jdoe-ml");
        assertThat(github.requests("/graphql")).hasSize(1);
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).isEmpty();
    }

    @Test
    void corruptCacheEntryIsIgnoredWithANoteAndReadAgain() throws IOException {
        user.repo("alpha", SMALL);
        cli.json("user", "jdoe-ml");
        Path entry = cache.resolve("snapshots/jdoe-ml/alpha.json.gz");
        assertThat(entry).exists();
        Files.write(entry, new byte[] {31, -117, 8, 0, 1, 2, 3});
        TestFolders.delete(
                cache.resolve("results")); // else the stored result of this commit is enough: nothing is read
        github.resetRequests();
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("the cached copy of jdoe-ml/alpha is unreadable")
                .contains("read again");
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).hasSize(1);
    }

    @Test
    void cacheFromAnotherVersionIsNotTrusted() throws IOException {
        user.repo("alpha", SMALL);
        cli.json("user", "jdoe-ml");
        Path entry = cache.resolve("snapshots/jdoe-ml/alpha.json.gz");
        String json = gunzip(Files.readAllBytes(entry)).replaceFirst("\"tool\":\"[^\"]*\"", "\"tool\":\"0.0.1\"");
        Files.write(entry, gzip(json));
        try (java.util.stream.Stream<Path> results = Files.list(cache.resolve("results"))) {
            for (Path result : results.toList()) {
                Files.writeString(
                        result, Files.readString(result).replaceFirst("\"tool\":\"[^\"]*\"", "\"tool\":\"0.0.1\""));
            }
        }
        github.resetRequests();
        CliRun run = cli.run("user", "jdoe-ml");
        assertThat(run.err())
                .contains("written by another hireable version")
                .contains("cached results of other rules or another hireable version were ignored");
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).hasSize(1);
    }

    @Test
    void noCacheReadsAndWritesNothing() {
        user.repo("alpha", SMALL);
        cli.run("user", "jdoe-ml", "--no-cache");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void tokenIsNeverPrintedCachedOrReported() throws IOException {
        user.repo("alpha", SMALL);
        user.repo("beta", EXAMPLES.resolve("churn-guard"));
        Path report = work.resolve("report.json");
        CliRun cold = cli.run("user", "jdoe-ml", "--output", report.toString());
        CliRun warm = cli.run("user", "jdoe-ml", "--format", "json");
        github.rejectTokens();
        CliRun rejected = cli.run("user", "jdoe-ml");
        assertThat(cold.exitCode()).isZero();
        assertThat(rejected.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        for (CliRun run : List.of(cold, warm, rejected)) {
            assertThat(run.out() + run.err()).doesNotContain(GitHubCli.TOKEN);
        }
        assertThat(Files.readString(report)).doesNotContain(GitHubCli.TOKEN).contains("jdoe-ml/alpha");
        List<Path> cached;
        try (Stream<Path> walk = Files.walk(cache)) {
            cached = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(cached)
                .anyMatch(p -> p.toString().contains("http"))
                .anyMatch(p -> p.toString().endsWith(".json.gz"));
        for (Path file : cached) {
            byte[] bytes = Files.readAllBytes(file);
            String text =
                    file.toString().endsWith(".gz") ? gunzip(bytes) : new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.toString()).doesNotContain(GitHubCli.TOKEN).doesNotContain("Authorization");
        }
        assertThat(github.requests("/repos/").get(0).getRequest().getHeader("Authorization"))
                .isEqualTo("Bearer " + GitHubCli.TOKEN);
        assertThat(github.raw().getAllServeEvents())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getRequest().containsHeader("Authorization"))
                        .isFalse());
    }

    private int userId() {
        return github.api().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/user/"))
                .map(e -> e.getRequest().getUrl().split("/")[2])
                .map(Integer::parseInt)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode repo(JsonNode report, String id) {
        for (JsonNode repo : report.get("repos")) {
            if (repo.get("id").asText().equals(id)) {
                return repo;
            }
        }
        throw new AssertionError(id + " is not in the report");
    }

    private static String withoutTimes(JsonNode report) {
        return report.toString().replaceAll("\"generatedAt\":\"[^\"]*\"", "");
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }
}
