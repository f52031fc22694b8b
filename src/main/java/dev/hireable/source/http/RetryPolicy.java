package dev.hireable.source.http;

import java.time.Duration;

/**
 * How hard to try before giving up on one request.
 *
 * @param attempts         tries for a server error (5xx) or a dropped connection, the first included
 * @param firstBackoff     the wait after the first failure; it doubles after each further one
 * @param secondaryRetries retries after GitHub's secondary rate limit asked to slow down
 * @param maxWait          the longest single wait; a primary limit that resets later than this is not waited for
 */
public record RetryPolicy(int attempts, Duration firstBackoff, int secondaryRetries, Duration maxWait) {

    public RetryPolicy {
        if (attempts < 1 || secondaryRetries < 0 || firstBackoff.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("retry counts and waits must not be negative");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), 3, Duration.ofSeconds(60));
    }

    Duration backoff(int failures) {
        long millis = firstBackoff.toMillis() << Math.min(10, Math.max(0, failures - 1));
        return Duration.ofMillis(Math.min(millis, maxWait.toMillis()));
    }
}
