package dev.hireable.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way GitHub fails: the right exit code, one clear sentence, and nothing already audited lost. */
class GitHubFaultTest {

    private static final Path SMALL = Path.of("src/test/resources/fixtures/github/small-project");

    @TempDir
    Path cache;

    private FakeGitHub github;
    private GitHubCli cli;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        cli = new GitHubCli(github, cache);
        FakeGitHub.User user = github.user("jdoe-ml");
        user.repo("alpha", SMALL);
        user.repo("beta", SMALL).file("notes.md", "# beta");
        user.repo("gamma", SMALL).file("notes.md", "# gamma");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void rejectedTokenExitsWith3InOneSentence() {
        github.rejectTokens();
        CliRun run = cli.run("user", "jdoe-ml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err()).contains("GitHub rejected the token (401 Bad credentials)");
        assertOneClearSentence(run);
    }

    @Test
    void unknownUserExitsWith2() {
        CliRun run = cli.run("user", "nobody-here");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("hireable: GitHub user 'nobody-here' does not exist.");
        assertOneClearSentence(run);
    }

    @Test
    void unknownRepositoryExitsWith2BeforeAnythingIsAudited() {
        CliRun run = cli.run("repo", "jdoe-ml/alpha", "jdoe-ml/missing");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("GitHub repository 'jdoe-ml/missing' does not exist, or it is private.");
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).isEmpty();
        assertOneClearSentence(run);
    }

    @Test
    void emptyRepositoryIsSkippedWithTheReasonInAUserAudit() {
        github.user("jdoe-ml").repo("nothing-yet");
        JsonNode report = cli.json("user", "jdoe-ml");
        assertThat(GitHubCli.ids(report, "repos"))
                .containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/beta", "jdoe-ml/gamma");
        assertThat(GitHubCli.message(report, "skipped", "jdoe-ml/nothing-yet")).contains("empty");
        assertThat(report.get("errors")).isEmpty();
    }

    @Test
    void emptyRepositoryNamedOnTheCommandLineIsAnErrorAndTheOthersAreAudited() {
        github.user("jdoe-ml").repo("nothing-yet");
        CliRun run = cli.run("repo", "jdoe-ml/nothing-yet", "jdoe-ml/alpha", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/alpha");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/nothing-yet"))
                .isEqualTo("jdoe-ml/nothing-yet is empty: it has no commits yet.");
    }

    @Test
    void repositoryBlockedForLegalReasonsGoesIntoErrors() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(451, FakeGitHub.sample("error-451-dmca.json"), 4000)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/gamma");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .isEqualTo("GitHub blocks access to the file tree of jdoe-ml/beta (451: Repository access blocked).");
    }

    @Test
    void repositoryWithoutAccessGoesIntoErrors() {
        github.api()
                .stubFor(get(urlPathEqualTo("/repos/jdoe-ml/beta"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(403, FakeGitHub.sample("error-403-blocked-tos.json"), 4000)));
        CliRun run = cli.run("repo", "jdoe-ml/alpha", "jdoe-ml/beta", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/alpha");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .isEqualTo("GitHub blocks access to jdoe-ml/beta (403: Repository access blocked).");
    }

    @Test
    void serverErrorIsRetriedAndTheAuditSucceeds() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("flaky")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered")
                        .willReturn(aResponse().withStatus(500).withBody("<html><title>Server Error</title></html>")));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(GitHubCli.ids(GitHubCli.parse(run), "repos")).hasSize(3);
        assertThat(github.requests("/repos/jdoe-ml/beta/git/trees")).hasSize(2);
    }

    @Test
    void serverErrorThatPersistsFailsOnlyThatRepository() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/gamma");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .isEqualTo(
                        "GitHub kept failing (HTTP 502) while reading the file tree of jdoe-ml/beta, after 3 attempts.");
        assertThat(github.requests("/repos/jdoe-ml/beta/git/trees")).hasSize(3);
    }

    @Test
    void spentRateLimitWithNothingAuditedExitsWith3AndSaysWhenItResets() {
        github.rateLimits(1, 60);
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(report.get("repos")).isEmpty();
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/alpha"))
                .startsWith("not audited: ")
                .contains("resets at");
        assertThat(run.err()).contains("GitHub's API rate limit (1 request an hour) is spent; it resets at");
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).isEmpty();
    }

    @Test
    void rateLimitThatCoversSomeRepositoriesAuditsThoseAndARerunCompletesFromTheCache() {
        github.rateLimits(3, 60);
        CliRun first = cli.run("user", "jdoe-ml", "--format", "json", "--concurrency", "1");
        JsonNode partial = GitHubCli.parse(first);
        assertThat(first.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(partial.get("repos")).hasSize(2);
        assertThat(partial.get("errors")).hasSize(1);
        String notAudited = partial.get("errors").get(0).get("repo").asText();
        assertThat(partial.get("errors").get(0).get("message").asText())
                .contains("not audited")
                .contains("resets at");

        github.rateLimits(5000, 60);
        github.resetRequests();
        JsonNode complete = cli.json("user", "jdoe-ml");
        assertThat(complete.get("repos")).hasSize(3);
        assertThat(complete.get("errors")).isEmpty();
        assertThat(github.requests("/repos/").stream()
                        .filter(e -> e.getRequest().getUrl().contains("/git/trees/")))
                .singleElement()
                .satisfies(e -> assertThat(e.getRequest().getUrl()).contains("/repos/" + notAudited + "/"));
    }

    @Test
    void anonymousLimitIsSpentOnlyOnRepositoriesItCanFinish() {
        github.user("jdoe-ml").repo("delta", SMALL);
        github.user("jdoe-ml").repo("epsilon", SMALL);
        github.rateLimits(5000, 7);
        CliRun run = cli.anonymous().run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(report.get("repos")).hasSize(3);
        assertThat(report.get("errors"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.get("message").asText())
                        .startsWith("not audited: GitHub's API rate limit had 6 requests left"));
        assertThat(github.requests("/repos/").stream()
                        .filter(e -> e.getRequest().getUrl().contains("/git/refs/")))
                .hasSize(3);
        assertThat(run.err()).contains("raises the limit to 5,000 an hour");
    }

    @Test
    void rateLimitHitMidAuditStopsTheRestAndKeepsWhatWasAudited() {
        // audited most recently pushed first: beta, gamma, then alpha
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/gamma/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(403, FakeGitHub.sample("error-403-rate-limit.json"), 0)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json", "--concurrency", "1");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactly("jdoe-ml/beta");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/gamma"))
                .startsWith("not audited: GitHub's API rate limit");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/alpha"))
                .startsWith("not audited: GitHub's API rate limit");
        assertThat(github.requests("/repos/jdoe-ml/alpha/git/trees")).isEmpty();
        assertThat(run.err()).contains("resets at");
    }

    @Test
    void spentRateLimitOnTheListingExitsWith3() {
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(403, FakeGitHub.sample("error-403-rate-limit.json"), 0)));
        CliRun run = cli.run("user", "jdoe-ml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err()).contains("GitHub's API rate limit (5000 requests an hour) is spent; it resets at");
        assertOneClearSentence(run);
    }

    @Test
    void secondaryRateLimitWaitsForRetryAfterSaysSoAndSucceeds() {
        ResponseDefinitionBuilder secondary = FakeGitHub.json(
                        403, FakeGitHub.sample("error-403-secondary-rate-limit.json"), 4000)
                .withHeader("Retry-After", "1");
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("slow down")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(secondary));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("GitHub's secondary rate limit asks hireable to slow down")
                .contains("waiting 1 second before retry 1.");
        assertThat(GitHubCli.parse(run).get("repos")).hasSize(3);
    }

    @Test
    void secondaryRateLimitAs429IsRetried() {
        ResponseDefinitionBuilder tooMany = FakeGitHub.json(
                        429, FakeGitHub.sample("error-403-secondary-rate-limit.json"), 4000)
                .withHeader("Retry-After", "0");
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/gamma/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("429")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(tooMany));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(github.requests("/repos/jdoe-ml/gamma/git/trees")).hasSize(2);
    }

    @Test
    void truncatedTreeIsAuditedAndSaysSignalsAreUnknown() {
        github.user("jdoe-ml").repo("alpha").truncated();
        JsonNode report = cli.json("repo", "jdoe-ml/alpha");
        JsonNode findings = report.get("repos").get(0).get("findings");
        assertThat(findings.findValuesAsText("rule")).contains("snapshot.truncated");
        for (JsonNode finding : findings) {
            if (finding.get("rule").asText().equals("snapshot.truncated")) {
                assertThat(finding.get("outcome").asText()).isEqualTo("unknown");
            }
        }
    }

    @Test
    void slowResponsePastTheTimeoutFailsOnlyThatRepository() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/beta/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(
                                aResponse().withStatus(200).withFixedDelay(1500).withBody("{}")));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json", "--timeout", "0.2");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.ids(report, "repos")).containsExactlyInAnyOrder("jdoe-ml/alpha", "jdoe-ml/gamma");
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/beta"))
                .isEqualTo("GitHub did not answer within 0.2 s while reading the file tree of jdoe-ml/beta.");
    }

    @Test
    void readmeThatCannotBeDownloadedIsUnknownNotMissingAndThePartialRunSaysSo() {
        github.raw()
                .stubFor(get(urlPathMatching("/jdoe-ml/alpha/.*/README.md"))
                        .atPriority(1)
                        .willReturn(
                                aResponse().withStatus(200).withFixedDelay(3000).withBody("# too late")));
        CliRun run = cli.run("repo", "jdoe-ml/alpha", "--format", "json", "--timeout", "0.5", "--no-cache");
        JsonNode report = GitHubCli.parse(run);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/alpha"))
                .contains("README.md could not be read")
                .contains("unknown");
        JsonNode findings = report.get("repos").get(0).get("findings");
        assertThat(outcome(findings, "readme.present")).isEqualTo("pass");
        assertThat(outcome(findings, "readme.readable")).isEqualTo("unknown");
        assertThat(outcome(findings, "readme.results")).isEqualTo("unknown");
        assertThat(report.get("repos").get(0).path("redFlags").toString()).doesNotContain("README");
        assertThat(run.err()).contains("1 repository was audited in part (README.md could not be read");
    }

    @Test
    void aRerunAfterAFailedReadReadsTheRepositoryAgainAndCompletesIt() {
        github.raw()
                .stubFor(get(urlPathMatching("/jdoe-ml/alpha/.*/README.md"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
        assertThat(cli.run("repo", "jdoe-ml/alpha", "--format", "json").exitCode())
                .isEqualTo(ExitCode.PARTIAL);

        github.raw().resetMappings();
        github.raw()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                        .atPriority(10)
                        .willReturn(aResponse().withTransformers("fake-github-raw")));
        CliRun rerun = cli.run("repo", "jdoe-ml/alpha", "--format", "json");

        assertThat(rerun.exitCode()).isZero();
        assertThat(outcome(GitHubCli.parse(rerun).get("repos").get(0).get("findings"), "readme.results"))
                .isEqualTo("pass");
    }

    @Test
    void malformedJsonInTheListingExitsWith3() {
        github.api()
                .stubFor(get(urlPathEqualTo("/users/jdoe-ml/repos"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(200, "[{\"id\": 1, \"name\": \"alpha\", ", 4000)));
        CliRun run = cli.run("user", "jdoe-ml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err())
                .contains(
                        "GitHub sent a response hireable could not read (malformed JSON) while reading the repositories of jdoe-ml.");
        assertOneClearSentence(run);
    }

    @Test
    void malformedTreeFailsOnlyThatRepository() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe-ml/gamma/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(FakeGitHub.json(200, "{\"sha\": \"abc\", \"tree\": [ {\"path\": ", 4000)));
        CliRun run = cli.run("user", "jdoe-ml", "--format", "json");
        JsonNode report = GitHubCli.parse(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(GitHubCli.message(report, "errors", "jdoe-ml/gamma"))
                .isEqualTo(
                        "GitHub sent a response hireable could not read (malformed JSON) while reading the file tree of jdoe-ml/gamma.");
        assertThat(report.get("repos")).hasSize(2);
    }

    @Test
    void readmeOfTwentyMegabytesIsNeverDownloaded() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        github.user("jdoe-ml").repo("alpha").file("README.md", huge);
        CliRun run = cli.run("repo", "jdoe-ml/alpha", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(github.requests("/jdoe-ml/alpha/"))
                .noneMatch(e -> e.getRequest().getUrl().endsWith("/README.md"));
        assertThat(github.requests("/jdoe-ml/alpha/"))
                .anyMatch(e -> e.getRequest().getUrl().endsWith("/src/train.py"));
    }

    @Test
    void networkDownExitsWith3() {
        CliRun run = CliRun.run(
                java.util.Map.of("GITHUB_TOKEN", GitHubCli.TOKEN),
                "user",
                "jdoe-ml",
                "--api-url",
                "http://127.0.0.1:9",
                "--raw-url",
                "http://127.0.0.1:9",
                "--no-cache",
                "--timeout",
                "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.GITHUB_UNAVAILABLE);
        assertThat(run.err()).contains("Could not reach GitHub at http://127.0.0.1:9");
        assertOneClearSentence(run);
    }

    private static String outcome(JsonNode findings, String rule) {
        for (JsonNode finding : findings) {
            if (finding.get("rule").asText().equals(rule)) {
                return finding.get("outcome").asText();
            }
        }
        throw new AssertionError(rule + " is not among " + findings.findValuesAsText("rule"));
    }

    private static void assertOneClearSentence(CliRun run) {
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain(GitHubCli.TOKEN);
        assertThat(run.err().lines().filter(l -> l.startsWith("hireable: ")).count())
                .isLessThanOrEqualTo(2);
    }
}
