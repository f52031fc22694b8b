package dev.hireable.source.http;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the HTTP clients of one audit behave.
 *
 * @param timeout     how long one response may take (connect and read)
 * @param concurrency how many repositories are read at once (sizes the dispatcher)
 * @param cacheDir    where conditional-request responses are kept; empty for no HTTP cache
 * @param token       sent to the API only; never printed or stored
 * @param maxApiBody  the largest API answer read (decompressed); a larger one fails its request
 * @param maxPages    the most pages of one paged listing followed
 * @param notices     where one-line notes for the user go (standard error)
 */
public record ClientSettings(
        Duration timeout,
        int concurrency,
        Optional<Path> cacheDir,
        RetryPolicy retry,
        Sleeper sleeper,
        Clock clock,
        Optional<Secret> token,
        String userAgent,
        long maxApiBody,
        int maxPages,
        Consumer<String> notices) {

    /** What takes the token out of server text; the same for messages, reports and the cache. */
    public Redactor redactor() {
        return Redactor.of(token);
    }
}
