package dev.hireable.source.github;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Retries what is worth retrying, a bounded number of times, and says so before every wait of a second or more:
 * server errors (5xx) with doubling backoff; GitHub's secondary rate limit (403/429 with Retry-After, or its
 * message) after Retry-After, capped; a primary limit only when it resets within the cap. A dropped connection
 * to the raw host is retried here; github-api retries its own (API) connections.
 */
final class RetryInterceptor implements Interceptor {

    private static final int SECONDS_IF_UNSAID = 60;

    private final Endpoints endpoints;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<String> notices;

    RetryInterceptor(Endpoints endpoints, RetryPolicy policy, Sleeper sleeper, Clock clock, Consumer<String> notices) {
        this.endpoints = endpoints;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean api = endpoints.isApi(request.url());
        int ioFailures = 0;
        int serverErrors = 0;
        int secondary = 0;
        boolean waitedForReset = false;
        while (true) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                ioFailures++;
                if (api || ioFailures >= policy.attempts() || chain.call().isCanceled()) {
                    throw e;
                }
                pause(policy.backoff(ioFailures), "the connection to " + request.url().host() + " failed ("
                        + e.getClass().getSimpleName() + ")", ioFailures);
                continue;
            }
            int code = response.code();
            if (code >= 500 && code <= 599) {
                serverErrors++;
                if (serverErrors >= policy.attempts()) {
                    return response;
                }
                response.close();
                pause(policy.backoff(serverErrors), "GitHub answered " + code + " for " + describe(request), serverErrors);
                continue;
            }
            if (api && (code == 403 || code == 429)) {
                LimitKind kind = classify(response);
                if (kind == LimitKind.SECONDARY && secondary < policy.secondaryRetries()) {
                    secondary++;
                    Duration wait = min(retryAfter(response).orElse(Duration.ofSeconds(SECONDS_IF_UNSAID)), policy.maxWait());
                    response.close();
                    pause(wait, "GitHub's secondary rate limit asks hireable to slow down (" + describe(request) + ")",
                            secondary);
                    continue;
                }
                if (kind == LimitKind.PRIMARY) {
                    Optional<Duration> untilReset = untilReset(response);
                    if (!waitedForReset && untilReset.isPresent() && untilReset.get().compareTo(policy.maxWait()) <= 0) {
                        waitedForReset = true;
                        response.close();
                        pause(untilReset.get().plusSeconds(1), "GitHub's API rate limit is spent and resets soon", 1);
                        continue;
                    }
                }
            }
            return response;
        }
    }

    private enum LimitKind { PRIMARY, SECONDARY, NONE }

    private static LimitKind classify(Response response) throws IOException {
        if ("0".equals(trim(response.header("X-RateLimit-Remaining")))) {
            return LimitKind.PRIMARY;
        }
        if (response.code() == 429 || response.header("Retry-After") != null || response.header("gh-limited-by") != null) {
            return LimitKind.SECONDARY;
        }
        String body = response.peekBody(8192).string().toLowerCase(Locale.ROOT);
        return body.contains("secondary rate limit") || body.contains("abuse detection") ? LimitKind.SECONDARY : LimitKind.NONE;
    }

    private static Optional<Duration> retryAfter(Response response) {
        try {
            return Optional.ofNullable(trim(response.header("Retry-After"))).map(Long::parseLong)
                    .map(seconds -> Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> untilReset(Response response) {
        try {
            return Optional.ofNullable(trim(response.header("X-RateLimit-Reset"))).map(Long::parseLong)
                    .map(epoch -> Duration.between(clock.instant(), Instant.ofEpochSecond(epoch)))
                    .map(d -> d.isNegative() ? Duration.ZERO : d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void pause(Duration wait, String why, int retry) throws InterruptedIOException {
        if (wait.toMillis() >= 1000) {
            notices.accept(why + "; waiting " + seconds(wait) + " before retry " + retry + ".");
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static String describe(Request request) {
        return request.url().encodedPath();
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
