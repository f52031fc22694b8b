package dev.hireable.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.SourceException;
import dev.hireable.testing.FakeGitHub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waits are bounded, announced, and taken through the injected sleeper (so these tests never really sleep). */
class RetryTest {

    private FakeGitHub github;
    private TestSettings test;

    @BeforeEach
    void start() {
        github = FakeGitHub.start();
        test = new TestSettings();
        github.user("jdoe").repo("alpha").file("README.md", "# Alpha");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void secondaryLimitWaitIsCappedAtSixtySecondsAndAnnounced() throws SourceException {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe/alpha/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("secondary")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(response(403, FakeGitHub.sample("error-403-secondary-rate-limit.json"), 4000)
                                .withHeader("Retry-After", "3600")));
        assertThat(open().tree().files()).hasSize(1);
        assertThat(test.waits).containsExactly(Duration.ofSeconds(60));
        assertThat(test.notes)
                .singleElement()
                .asString()
                .contains("secondary rate limit")
                .contains("waiting 60 seconds before retry 1.");
    }

    @Test
    void secondaryLimitWithoutRetryAfterIsRecognisedByItsMessage() throws SourceException {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe/alpha/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("secondary")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(response(403, FakeGitHub.sample("error-403-secondary-rate-limit.json"), 4000)));
        open();
        assertThat(test.waits).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void secondaryLimitThatPersistsGivesUpAfterBoundedRetries() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe/alpha/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(response(429, FakeGitHub.sample("error-403-secondary-rate-limit.json"), 4000)
                                .withHeader("Retry-After", "2")));
        assertThatThrownBy(this::open)
                .isInstanceOf(SourceException.class)
                .hasMessage(
                        "GitHub's secondary rate limit still applied after 3 waits while reading the file tree of jdoe/alpha; "
                                + "wait a few minutes and run again.");
        assertThat(test.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void primaryLimitThatResetsWithinAMinuteIsWaitedForOnce() throws SourceException {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe/alpha/git/trees/.*"))
                        .atPriority(1)
                        .inScenario("primary")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(response(
                                403,
                                FakeGitHub.sample("error-403-rate-limit.json"),
                                0,
                                Instant.now().plusSeconds(20))));
        open();
        assertThat(test.waits)
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(22)));
        assertThat(test.notes).singleElement().asString().contains("resets soon");
    }

    @Test
    void primaryLimitThatResetsLaterIsNotWaitedFor() {
        github.api()
                .stubFor(get(urlPathMatching("/repos/jdoe/alpha/git/trees/.*"))
                        .atPriority(1)
                        .willReturn(response(
                                403,
                                FakeGitHub.sample("error-403-rate-limit.json"),
                                0,
                                Instant.now().plusSeconds(3000))));
        assertThatThrownBy(this::open)
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("not audited: GitHub's API rate limit");
        assertThat(test.waits).isEmpty();
    }

    @Test
    void serverErrorsBackOffDoublingEachTime() {
        github.api()
                .stubFor(get(urlPathEqualTo("/repos/jdoe/alpha"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503).withBody("unavailable")));
        assertThatThrownBy(this::open)
                .isInstanceOf(SourceException.class)
                .hasMessage("GitHub kept failing (HTTP 503) while reading jdoe/alpha, after 3 attempts.");
        assertThat(test.waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    private Snapshot open() throws SourceException {
        try (GitHubSession session = GitHubSession.open(test.settings(github, Optional.empty()))) {
            return new GitHubRepoSource(
                            session, List.of(RepoRef.parse("jdoe/alpha").orElseThrow()))
                    .repositories()
                    .get(0)
                    .open();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response(
            int status, String body, int remaining) {
        return response(status, body, remaining, Instant.now().plusSeconds(1800));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response(
            int status, String body, int remaining, Instant reset) {
        List<HttpHeader> headers = new ArrayList<>(FakeGitHub.rateLimitHeaders(5000, remaining, reset, "core"));
        headers.add(new HttpHeader("Content-Type", "application/json; charset=utf-8"));
        return aResponse()
                .withStatus(status)
                .withHeaders(new HttpHeaders(headers))
                .withBody(body);
    }
}
