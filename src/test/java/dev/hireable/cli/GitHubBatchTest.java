package dev.hireable.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hireable batch} against a fake GitHub: the real user audit for every candidate, shared session and cache. */
class GitHubBatchTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path SMALL = Path.of("src/test/resources/fixtures/github/small-project");

    @TempDir
    Path work;

    private FakeGitHub github;
    private GitHubCli cli;
    private Path out;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        cli = new GitHubCli(github, work.resolve("cache"));
        out = work.resolve("reviews");
        FakeGitHub.User alice = github.user("alice");
        alice.repo("churn-guard", EXAMPLES.resolve("churn-guard"));
        alice.repo("review-sentiment", EXAMPLES.resolve("review-sentiment"));
        FakeGitHub.User bob = github.user("bob");
        bob.repo("b-one", SMALL);
        bob.repo("b-two", SMALL).file("notes.md", "# pushed later, so audited first");
        github.user("carol").repo("titanic", EXAMPLES.resolve("titanic-notebook"));
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void everyCandidateIsAuditedThroughGitHubAndRankedByStandardMetThenScore() throws IOException {
        CliRun run = cli.run(
                "batch", list("# round 1\nbob\nalice\ncarol\n"), "--output", out.toString(), "--format", "markdown");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        for (String login : List.of("alice", "bob", "carol")) {
            assertThat(out.resolve("candidates/" + login + ".md")).isNotEmptyFile();
            JsonNode report = json(out.resolve("candidates/" + login + ".json"));
            assertThat(report.path("subject").path("id").asText()).isEqualTo(login);
            assertThat(report.path("errors")).isEmpty();
        }
        assertThat(GitHubCli.ids(json(out.resolve("candidates/alice.json")), "repos"))
                .containsExactlyInAnyOrder("alice/churn-guard", "alice/review-sentiment");
        assertThat(GitHubCli.ids(json(out.resolve("candidates/bob.json")), "repos"))
                .containsExactly("bob/b-two", "bob/b-one");
        assertThat(out.resolve("ranking.md")).isNotEmptyFile();
        assertThat(out.resolve("ranking.html")).isNotEmptyFile();
        List<String> ranked = Files.readAllLines(out.resolve("ranking.csv")).stream()
                .skip(1)
                .map(l -> l.split(",")[1])
                .toList();
        assertThat(ranked).containsExactlyElementsOf(byStandardMetThenScore("alice", "bob", "carol"));
        assertThat(ranked).as("alice meets one slot; bob scores above carol").containsExactly("alice", "bob", "carol");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[1/3] auditing bob", "[3/3] carol: standard met", "3 ranked");
    }

    @Test
    void rateLimitSpentMidBatchKeepsFinishedCandidatesAndARerunFinishesWithoutAuditingThemAgain() throws IOException {
        String list = list("alice\nbob\ncarol\n");
        // bob's second repository (b-one; b-two was pushed later and comes first) hits the spent primary limit
        StubMapping spent = github.api()
                .stubFor(get(urlPathMatching("/repos/bob/b-one/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(rateLimited()));

        CliRun first = cli.run("batch", list, "--output", out.toString(), "--concurrency", "1");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(first.err())
                .contains("stopped: GitHub's API rate limit (5000 requests an hour) is spent; it resets at")
                .contains("1 candidate is left; rerun the same command later");
        assertThat(json(out.resolve("candidates/alice.json")).path("errors")).isEmpty();
        JsonNode bob = json(out.resolve("candidates/bob.json"));
        assertThat(GitHubCli.ids(bob, "repos")).containsExactly("bob/b-two");
        assertThat(GitHubCli.message(bob, "errors", "bob/b-one")).startsWith("not audited: GitHub's API rate limit");
        assertThat(out.resolve("candidates/carol.json")).doesNotExist();
        assertThat(github.requests("/users/carol")).isEmpty();
        assertThat(Files.readString(out.resolve("ranking.md"))).contains("The batch is not finished");

        github.api().removeStub(spent);
        github.resetRequests();
        CliRun rerun = cli.run("batch", list, "--output", out.toString(), "--concurrency", "1");

        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCode.OK);
        assertThat(github.requests("/users/alice")).isEmpty();
        assertThat(github.requests("/repos/alice/")).isEmpty();
        assertThat(github.requests("/alice/")).isEmpty();
        assertThat(github.requests("/repos/bob/b-two/git/trees"))
                .as("unchanged, from the cache")
                .isEmpty();
        assertThat(github.requests("/repos/bob/b-one/git/trees")).hasSize(1);
        assertThat(GitHubCli.ids(json(out.resolve("candidates/bob.json")), "repos"))
                .containsExactly("bob/b-two", "bob/b-one");
        assertThat(json(out.resolve("candidates/carol.json")).path("errors")).isEmpty();
        assertThat(rerun.err())
                .contains("3 candidates, 1 already audited (kept)", "3 ranked (1 kept from an earlier run)");
        assertThat(Files.readAllLines(out.resolve("ranking.csv"))).hasSize(4);
    }

    @Test
    void unknownLoginIsReportedWithItsLineNumberWhileTheOthersAreAudited() throws IOException {
        CliRun run = cli.run(
                "batch", list("alice\n# the next one left GitHub\nghost-user\ncarol\n"), "--output", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("ghost-user (line 3) not audited: GitHub user 'ghost-user' does not exist.")
                .contains("2 ranked", "1 not audited");
        assertThat(out.resolve("candidates/alice.json")).exists();
        assertThat(out.resolve("candidates/carol.json")).exists();
        assertThat(out.resolve("candidates/ghost-user.json")).doesNotExist();
        assertThat(Files.readString(out.resolve("ranking.md")))
                .contains("- line 3: `ghost-user`")
                .contains("GitHub user 'ghost-user' does not exist.");
        assertThat(Files.readAllLines(out.resolve("ranking.csv")))
                .anySatisfy(l -> assertThat(l).contains("ghost-user"));
    }

    @Test
    void rejectedTokenExitsWithThreeAndWritesNoReport() throws IOException {
        github.rejectTokens();

        CliRun run = cli.run("batch", list("alice\nbob\n"), "--output", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err())
                .contains(
                        "stopped: GitHub rejected the token (401 Bad credentials); check --token, GITHUB_TOKEN or GH_TOKEN.")
                .contains("0 ranked")
                .doesNotContain(GitHubCli.TOKEN)
                .doesNotContain("Exception");
        assertThat(out.resolve("candidates")).isEmptyDirectory();
        assertThat(Files.readString(out.resolve("ranking.md"))).contains("The batch is not finished");
        assertThat(Files.readAllLines(out.resolve("ranking.csv")))
                .noneSatisfy(l -> assertThat(l).contains(",audited,"));
        assertThat(github.requests("/users/bob"))
                .as("the batch stops at the first rejection")
                .isEmpty();
    }

    private List<String> byStandardMetThenScore(String... logins) throws IOException {
        List<JsonNode> reports = new ArrayList<>();
        for (String login : logins) {
            reports.add(json(out.resolve("candidates/" + login + ".json")));
        }
        return reports.stream()
                .sorted(Comparator.comparingInt((JsonNode r) ->
                                r.path("portfolio").path("standardMet").asInt())
                        .reversed()
                        .thenComparing(Comparator.comparingInt((JsonNode r) ->
                                        r.path("portfolio").path("score").asInt())
                                .reversed()))
                .map(r -> r.path("subject").path("id").asText())
                .toList();
    }

    private String list(String text) throws IOException {
        Path file = work.resolve("candidates.txt");
        Files.writeString(file, text);
        return file.toString();
    }

    private static JsonNode json(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static ResponseDefinitionBuilder rateLimited() {
        Instant reset = Instant.now().plusSeconds(1800);
        return new ResponseDefinitionBuilder()
                .withStatus(403)
                .withHeaders(new HttpHeaders(FakeGitHub.rateLimitHeaders(5000, 0, reset, "core")))
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(FakeGitHub.sample("error-403-rate-limit.json"));
    }
}
