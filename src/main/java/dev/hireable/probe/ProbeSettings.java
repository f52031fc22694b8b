package dev.hireable.probe;

import java.time.Duration;

/**
 * How far a probe may go: the time for the whole probe (redirects included), the redirects followed, the bytes of
 * body read, and the tool version for the user agent.
 */
public record ProbeSettings(Duration timeout, int maxRedirects, int maxBytes, String version) {

    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final int MAX_REDIRECTS = 3;
    public static final int MAX_BYTES = 256 * 1024;

    public ProbeSettings {
        if (timeout.isNegative() || timeout.isZero() || maxRedirects < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("probe limits must be positive");
        }
    }

    public static ProbeSettings defaults(String version) {
        return new ProbeSettings(TIMEOUT, MAX_REDIRECTS, MAX_BYTES, version);
    }

    public ProbeSettings withTimeout(Duration newTimeout) {
        return new ProbeSettings(newTimeout, maxRedirects, maxBytes, version);
    }
}
