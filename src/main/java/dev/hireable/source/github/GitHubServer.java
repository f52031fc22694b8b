package dev.hireable.source.github;

import dev.hireable.source.http.ApiServer;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * How GitHub says a limit is spent: {@code X-RateLimit-Remaining: 0} is the primary (hourly) limit, reset at
 * {@code X-RateLimit-Reset}; a 429, {@code Retry-After}, {@code gh-limited-by} or its "secondary rate limit" message
 * asks to slow down.
 */
record GitHubServer(Endpoints endpoints) implements ApiServer {

    private static final int PEEKED_BYTES = 8192;

    @Override
    public String name() {
        return "GitHub";
    }

    @Override
    public boolean isApi(HttpUrl url) {
        return endpoints.isApi(url);
    }

    @Override
    public Throttling throttling(Response response) throws IOException {
        if ("0".equals(trim(response.header("X-RateLimit-Remaining")))) {
            return Throttling.PRIMARY;
        }
        if (response.code() == 429
                || response.header("Retry-After") != null
                || response.header("gh-limited-by") != null) {
            return Throttling.SECONDARY;
        }
        String body = response.peekBody(PEEKED_BYTES).string().toLowerCase(Locale.ROOT);
        return body.contains("secondary rate limit") || body.contains("abuse detection")
                ? Throttling.SECONDARY
                : Throttling.NONE;
    }

    @Override
    public Optional<Instant> resetsAt(Response response) {
        try {
            return Optional.ofNullable(trim(response.header("X-RateLimit-Reset")))
                    .map(Long::parseLong)
                    .map(Instant::ofEpochSecond);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
