package dev.hireable.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that trickles, loops, echoes the token or answers without end: bounded time, memory and leaks. */
class HostileServerTest {

    private static final Path SMALL = Path.of("src/test/resources/fixtures/github/small-project");

    @TempDir
    Path cache;

    private FakeGitHub github;
    private GitHubCli cli;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        cli = new GitHubCli(github, cache);
        github.user("jdoe-ml").repo("alpha", SMALL);
        github.user("jdoe-ml").repo("beta", SMALL).file("notes.md", "# beta");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void treeTrickledByteByByteFailsThatRepositoryAtTheTimeout() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(
                                        200,
                                        "{\"sha\":\"" + "a".repeat(40) + "\",\"truncated\":false,\"tree\":[]}"
                                                + " ".repeat(60),
                                        4000)
                                .withChunkedDribbleDelay(60, 30_000)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json", "--timeout", "2");
        JsonNode report = GitHubCli.parse(run);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/alpha");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .isEqualTo("GitHub did not answer within 2 s while reading the file tree of jdoe-ml/beta.");
    }

    @Test
    void rawFileTrickledByteByByteIsUnreadAndTheRunPartial() {
        github.raw()
                .stubFor(get(urlPathMatching("/jdoe-ml/alpha/.*/README.md"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withBody("# Alpha\n" + "x".repeat(60))
                                .withChunkedDribbleDelay(60, 30_000)));
        CliRun run = cli.run("repo", "jdoe-ml/alpha", "--format", "json", "--timeout", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.message(GitHubCli.parse(run), "errors", "jdoe-ml/alpha"))
                .startsWith("README.md could not be read");
    }

    @Test
    void paginationLinkBackToTheFirstPageStopsAfterOneRound() throws Exception {
        String page = fakeListing();
        String next = github.apiUrl() + "/user/77/repos?per_page=100&page=";
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(
                                FakeGitHub.json(200, page, 4000).withHeader("Link", "<" + next + "2>; rel=\"next\"")));
        github.api()
                .stubFor(get(urlPathEqualTo("/user/77/repos"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(200, page, 4000)
                                .withHeader("Link", "<" + next + "1>; rel=\"next\", <" + next + "2>; rel=\"prev\"")));
        github.api()
                .stubFor(get(urlPathEqualTo("/user/77/repos"))
                        .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                        .atPriority(1)
                        .willReturn(
                                FakeGitHub.json(200, page, 4000).withHeader("Link", "<" + next + "2>; rel=\"next\"")));

        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(GitHubCli.ids(GitHubCli.parse(run), "repos"))
                .containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/beta");
        assertThat(github.requests("/user/77/repos")).hasSizeLessThanOrEqualTo(2);
        assertThat(run.err()).contains("page link").contains("was not followed");
    }

    @Test
    void paginationThatNeverEndsStopsAtTheHundredthPageSayingSo() throws Exception {
        String page = fakeListing();
        String next = github.apiUrl() + "/user/77/repos?per_page=100&page=";
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(
                                FakeGitHub.json(200, page, 4000).withHeader("Link", "<" + next + "2>; rel=\"next\"")));
        for (int number = 2; number <= 150; number++) {
            // every page a new one, so only the page limit ends the listing
            github.api()
                    .stubFor(get(urlPathEqualTo("/user/77/repos"))
                            .withQueryParam(
                                    "page",
                                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(number)))
                            .atPriority(1)
                            .willReturn(FakeGitHub.json(200, page, 4000)
                                    .withHeader(
                                            "Link",
                                            "<" + next + (number + 1) + ">; rel=\"next\", <" + next
                                                    + "1>; rel=\"first\"")));
        }

        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(GitHubCli.ids(GitHubCli.parse(run), "repos"))
                .containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/beta");
        assertThat(github.requests("/user/77/repos")).hasSize(99);
        assertThat(run.err()).contains("the listing reached 100 pages");
    }

    @Test
    void paginationLinkToAnotherHostIsNotFollowed() throws Exception {
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(200, fakeListing(), 4000)
                                .withHeader("Link", "<http://127.0.0.1:9/steal?page=2>; rel=\"next\"")));

        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(GitHubCli.parse(run).get("repos")).hasSize(2);
        assertThat(run.err()).contains("another host");
    }

    @Test
    void tokenEchoedInARejectionIsNeverPrinted() {
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(
                                401, "{\"message\":\"Bad credentials: Bearer " + GitHubCli.TOKEN + "\"}", 4000)));
        CliRun run = cli.run("user", "jdoe-ml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err()).contains("Bad credentials: Bearer ****").doesNotContain(GitHubCli.TOKEN);
    }

    @Test
    void tokenEchoedInANotFoundBodyReachesNeitherTheReportNorTheCache() throws IOException {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(404, "{\"message\":\"No tree for " + GitHubCli.TOKEN + "\"}", 4000)
                                .withHeader("Cache-Control", "private, max-age=600")
                                .withHeader("X-Echo", GitHubCli.TOKEN)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.message(GitHubCli.parse(run), "errors", "jdoe-ml/beta"))
                .contains("No tree for ****");
        assertThat(run.out()).doesNotContain(GitHubCli.TOKEN);
        assertThat(run.err()).doesNotContain(GitHubCli.TOKEN);
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain(GitHubCli.TOKEN);
            }
        }
    }

    @Test
    void endlessListingIsRefusedInOneSentenceWithExit3() {
        byte[] huge = new byte[40 << 20];
        Arrays.fill(huge, (byte) ' ');
        byte[] start = "[{\"name\":\"alpha\",\"full_name\":\"jdoe-ml/alpha\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, huge, 0, start.length);
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(huge)));
        CliRun run = cli.run("user", "jdoe-ml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err())
                .contains("larger than 32 MB")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void endlessTreeWithoutALengthFailsOnlyThatRepository() {
        byte[] huge = new byte[40 << 20];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("Transfer-Encoding", "chunked")
                                .withBody(huge)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .contains("larger than 32 MB")
                .contains("the file tree of jdoe-ml/beta");
    }

    @Test
    void emptyRepositoryAnswered404ForItsBranchIsSkippedAsEmpty() {
        github.user("jdoe-ml").repo("nothing-yet");
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/nothing-yet/git/refs/heads/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(404, FakeGitHub.sample("error-404.json"), 4000)));
        CliRun run = cli.anonymous().run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);

        assertThat(run.exitCode()).isZero();
        assertThat(report.get("errors")).isEmpty();
        assertThat(GitHubCli.message(report, "skipped", "jdoe-ml/nothing-yet")).contains("empty");
    }

    /** The fake's own first page of jdoe-ml's repositories, to serve again from stubs. */
    private String fakeListing() throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(github.apiUrl() + "/users/jdoe-ml/repos?per_page=100"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = JsonMapper.builder().build().readTree(page.body());
        assertThat(parsed).hasSize(2);
        github.resetRequests();
        return page.body();
    }
}
