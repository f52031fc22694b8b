package dev.hireable.source.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries what is worth retrying, a bounded number of times, and says so before every wait of a second or more:
 * server errors (5xx) with doubling backoff; a secondary rate limit (403/429 the server reads as "slow down") after
 * Retry-After, capped; a primary limit only when it resets within the cap. A dropped connection to a file host is
 * retried here; the API client library retries its own connections.
 */
final class RetryInterceptor implements Interceptor {

    private static final int SECONDS_IF_UNSAID = 60;

    private final ApiServer server;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<String> notices;

    RetryInterceptor(ApiServer server, RetryPolicy policy, Sleeper sleeper, Clock clock, Consumer<String> notices) {
        this.server = server;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean api = server.isApi(request.url());
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
                pause(
                        policy.backoff(ioFailures),
                        "the connection to " + request.url().host() + " failed ("
                                + e.getClass().getSimpleName() + ")",
                        ioFailures);
                continue;
            }
            int code = response.code();
            if (code >= 500 && code <= 599) {
                serverErrors++;
                if (serverErrors >= policy.attempts()) {
                    return response;
                }
                response.close();
                pause(
                        policy.backoff(serverErrors),
                        server.name() + " answered " + code + " for " + describe(request),
                        serverErrors);
                continue;
            }
            if (api && (code == 403 || code == 429)) {
                ApiServer.Throttling kind = server.throttling(response);
                if (kind == ApiServer.Throttling.SECONDARY && secondary < policy.secondaryRetries()) {
                    secondary++;
                    Duration wait =
                            min(retryAfter(response).orElse(Duration.ofSeconds(SECONDS_IF_UNSAID)), policy.maxWait());
                    response.close();
                    pause(
                            wait,
                            server.name() + "'s secondary rate limit asks hireable to slow down (" + describe(request)
                                    + ")",
                            secondary);
                    continue;
                }
                if (kind == ApiServer.Throttling.PRIMARY) {
                    Optional<Duration> untilReset = untilReset(response);
                    if (!waitedForReset
                            && untilReset.isPresent()
                            && untilReset.get().compareTo(policy.maxWait()) <= 0) {
                        waitedForReset = true;
                        response.close();
                        pause(
                                untilReset.get().plusSeconds(1),
                                server.name() + "'s API rate limit is spent and resets soon",
                                1);
                        continue;
                    }
                }
            }
            return response;
        }
    }

    private static Optional<Duration> retryAfter(Response response) {
        try {
            return Optional.ofNullable(trim(response.header("Retry-After")))
                    .map(Long::parseLong)
                    .map(seconds -> Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> untilReset(Response response) {
        return server.resetsAt(response)
                .map(reset -> Duration.between(clock.instant(), reset))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
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
