package dev.hireable.source.github;

import dev.hireable.source.SourceException;
import dev.hireable.source.SourceException.Kind;
import dev.hireable.source.http.RateLimits;
import dev.hireable.source.http.Redactor;
import dev.hireable.source.http.RetryPolicy;
import java.time.Duration;

/** Turns a failed GitHub request into one sentence and the right {@link SourceException} kind. */
final class GitHubErrors {

    private final RateLimits limits;
    private final boolean anonymous;
    private final String apiUrl;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final Redactor redactor;

    GitHubErrors(
            RateLimits limits,
            boolean anonymous,
            String apiUrl,
            Duration timeout,
            RetryPolicy retry,
            Redactor redactor) {
        this.limits = limits;
        this.anonymous = anonymous;
        this.apiUrl = apiUrl;
        this.timeout = timeout;
        this.retry = retry;
        this.redactor = redactor;
    }

    /** A failure before anything was audited: an unknown user is bad input, anything else means GitHub is unusable. */
    SourceException forUser(String login, Throwable e) {
        GitHubFailure failure = GitHubFailure.of(e, limits);
        if (failure.kind() == GitHubFailure.Kind.NOT_FOUND) {
            return failed(Kind.NOT_FOUND, "GitHub user '" + login + "' does not exist.", e);
        }
        return failed(Kind.UNAVAILABLE, sentence(failure, "the repositories of " + login), e);
    }

    /**
     * Looking up a repository the user named: unknown is bad input; bad credentials or no network stop the audit;
     * anything else (blocked, no access, server errors after retries, a spent rate limit) fails that one alone.
     */
    SourceException forNamedRepo(String repo, Throwable e) {
        GitHubFailure failure = GitHubFailure.of(e, limits);
        switch (failure.kind()) {
            case NOT_FOUND:
                return failed(Kind.NOT_FOUND, "GitHub repository '" + repo + "' does not exist, or it is private.", e);
            case UNAUTHORIZED:
            case UNREACHABLE:
                return failed(Kind.UNAVAILABLE, sentence(failure, repo), e);
            case RATE_LIMITED:
                return failed(Kind.REPOSITORY_FAILED, "not audited: " + spent(), e);
            default:
                return failed(Kind.REPOSITORY_FAILED, sentence(failure, repo), e);
        }
    }

    /** A repository that failed while being read: it goes into the report's errors, the others go on. */
    SourceException forRepo(String repo, String what, Throwable e) {
        GitHubFailure failure = GitHubFailure.of(e, limits);
        if (failure.kind() == GitHubFailure.Kind.NOT_FOUND) {
            return failed(
                    Kind.REPOSITORY_FAILED, "GitHub could not find " + what + " (404: " + failure.message() + ").", e);
        }
        return failed(Kind.REPOSITORY_FAILED, sentence(failure, what), e);
    }

    /** Every message goes through here: whatever the server said, the token never reaches a user or a report. */
    private SourceException failed(Kind kind, String message, Throwable e) {
        return new SourceException(kind, redactor.redact(message), e);
    }

    GitHubFailure classify(Throwable e) {
        return GitHubFailure.of(e, limits);
    }

    /** "GitHub's API rate limit (5000 requests an hour) is spent; it resets at ...", with advice for anonymous users. */
    String spent() {
        String limit = limits.core()
                .map(b -> " (" + b.limit() + (b.limit() == 1 ? " request" : " requests") + " an hour)")
                .orElse("");
        return "GitHub's API rate limit" + limit + " is spent; " + limits.resetDescription()
                + (anonymous ? ". A token (--token, GITHUB_TOKEN or GH_TOKEN) raises the limit to 5,000 an hour" : "")
                + ".";
    }

    String sentence(GitHubFailure failure, String what) {
        switch (failure.kind()) {
            case UNAUTHORIZED:
                return "GitHub rejected the token (401 " + failure.message()
                        + "); check --token, GITHUB_TOKEN or GH_TOKEN.";
            case RATE_LIMITED:
                return spent();
            case SECONDARY_LIMIT:
                return "GitHub's secondary rate limit still applied after " + retry.secondaryRetries()
                        + " waits while reading " + what + "; wait a few minutes and run again.";
            case EMPTY:
                return what + " is empty: it has no commits yet.";
            case BLOCKED:
                return "GitHub blocks access to " + what + " (" + failure.status() + ": " + failure.message() + ").";
            case FORBIDDEN:
                return "GitHub refused access to " + what + " (403: " + failure.message() + ").";
            case SERVER_ERROR:
                return "GitHub kept failing (HTTP " + failure.status() + ") while reading " + what + ", after "
                        + retry.attempts() + " attempts.";
            case TIMEOUT:
                return "GitHub did not answer within " + seconds(timeout) + " while reading " + what + ".";
            case UNREACHABLE:
                return "Could not reach GitHub at " + apiUrl + " (" + failure.message()
                        + "); check the network connection or --api-url.";
            case MALFORMED:
                return "GitHub sent a response hireable could not read (malformed JSON) while reading " + what + ".";
            case OVERSIZED:
                return "GitHub sent an answer larger than " + failure.message() + " while reading " + what
                        + "; it was dropped unread.";
            case NOT_FOUND:
                return "GitHub could not find " + what + " (404).";
            default:
                return "Reading " + what + " from GitHub failed ("
                        + (failure.status() > 0 ? "HTTP " + failure.status() + ": " : "") + failure.message() + ").";
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : (d.toMillis() / 1000.0) + " s";
    }
}
