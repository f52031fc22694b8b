package dev.hireable.source.github;

import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.http.ClientSettings;
import dev.hireable.source.http.RetryPolicy;
import dev.hireable.source.http.Secret;
import dev.hireable.source.http.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the GitHub source needs, built once by the CLI.
 *
 * @param apiUrl      the REST API, e.g. {@code https://api.github.com} or {@code https://HOST/api/v3}
 * @param rawUrl      the raw file host, e.g. {@code https://raw.githubusercontent.com}
 * @param token       the token, if any; never printed or stored
 * @param cacheDir    where conditional-request responses and audited snapshots are kept; empty for no cache
 * @param concurrency how many repositories are read at once
 * @param timeout     how long one response may take (connect and read)
 * @param toolVersion the version cached snapshots are tied to
 * @param notices     where one-line notes for the user go (standard error)
 */
public record GitHubSettings(
        String apiUrl,
        String rawUrl,
        Optional<Secret> token,
        Optional<Path> cacheDir,
        int concurrency,
        Duration timeout,
        RetryPolicy retry,
        FetchPolicy fetch,
        SnapshotLimits limits,
        String toolVersion,
        Sleeper sleeper,
        Clock clock,
        Consumer<String> notices) {

    public static final String DEFAULT_API_URL = "https://api.github.com";
    public static final String DEFAULT_RAW_URL = "https://raw.githubusercontent.com";
    /** GitHub's own largest answers are trees, cut at 7 MB; anything past this is not GitHub being helpful. */
    static final long MAX_API_BODY = 32L << 20;
    /** 100 pages of 100: a user with more repositories than that is audited on the first 10,000. */
    static final int MAX_PAGES = 100;

    public GitHubSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    public boolean anonymous() {
        return token.isEmpty();
    }

    /** What the HTTP clients need of these settings. */
    ClientSettings http() {
        return new ClientSettings(
                timeout,
                concurrency,
                cacheDir,
                retry,
                sleeper,
                clock,
                token,
                "hireable/" + toolVersion,
                MAX_API_BODY,
                MAX_PAGES,
                notices);
    }

    public GitHubSettings withRetry(RetryPolicy newRetry, Sleeper newSleeper) {
        return new GitHubSettings(
                apiUrl,
                rawUrl,
                token,
                cacheDir,
                concurrency,
                timeout,
                newRetry,
                fetch,
                limits,
                toolVersion,
                newSleeper,
                clock,
                notices);
    }

    public GitHubSettings withTimeout(Duration newTimeout) {
        return new GitHubSettings(
                apiUrl,
                rawUrl,
                token,
                cacheDir,
                concurrency,
                newTimeout,
                retry,
                fetch,
                limits,
                toolVersion,
                sleeper,
                clock,
                notices);
    }
}
