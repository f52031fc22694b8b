package dev.hireable.source.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.source.http.OversizedResponseException;
import dev.hireable.source.http.RateLimits;
import java.io.FileNotFoundException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.HttpException;

/**
 * What went wrong with one GitHub request, read from what github-api or OkHttp threw, and GitHub's own message
 * (the {@code message} field of its error body) when there is one.
 */
record GitHubFailure(Kind kind, int status, String message) {

    enum Kind {
        NOT_FOUND,
        UNAUTHORIZED,
        RATE_LIMITED,
        SECONDARY_LIMIT,
        EMPTY,
        BLOCKED,
        FORBIDDEN,
        SERVER_ERROR,
        TIMEOUT,
        UNREACHABLE,
        MALFORMED,
        OVERSIZED,
        OTHER
    }

    static GitHubFailure of(Throwable thrown, RateLimits limits) {
        Throwable e = thrown instanceof GHException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof GHFileNotFoundException || e instanceof FileNotFoundException) {
            return new GitHubFailure(
                    Kind.NOT_FOUND, 404, bodyMessage(e.getMessage()).orElse("Not Found"));
        }
        Optional<Throwable> oversized = cause(e, OversizedResponseException.class);
        if (oversized.isPresent()) {
            return new GitHubFailure(Kind.OVERSIZED, 0, ((OversizedResponseException) oversized.get()).limitText());
        }
        Optional<Throwable> malformed = cause(e, JsonProcessingException.class);
        if (e instanceof HttpException http && http.getResponseCode() > 0) {
            int status = http.getResponseCode();
            String message = bodyMessage(http.getMessage()).orElse("HTTP " + status);
            String lower = message.toLowerCase(Locale.ROOT);
            if (status == 200 && malformed.isPresent()) {
                return new GitHubFailure(Kind.MALFORMED, status, message);
            }
            if (status == 401) {
                return new GitHubFailure(Kind.UNAUTHORIZED, status, message);
            }
            if ((status == 403 || status == 429) && (limits.exhausted() || lower.contains("api rate limit exceeded"))) {
                return new GitHubFailure(Kind.RATE_LIMITED, status, message);
            }
            if ((status == 403 || status == 429)
                    && (status == 429 || lower.contains("secondary rate limit") || lower.contains("abuse"))) {
                return new GitHubFailure(Kind.SECONDARY_LIMIT, status, message);
            }
            if (status == 409) {
                return new GitHubFailure(Kind.EMPTY, status, message);
            }
            if (status == 451 || lower.contains("access blocked")) {
                return new GitHubFailure(Kind.BLOCKED, status, message);
            }
            if (status == 403) {
                return new GitHubFailure(Kind.FORBIDDEN, status, message);
            }
            if (status == 404) {
                return new GitHubFailure(Kind.NOT_FOUND, status, message);
            }
            if (status >= 500) {
                return new GitHubFailure(Kind.SERVER_ERROR, status, message);
            }
            return new GitHubFailure(Kind.OTHER, status, message);
        }
        if (malformed.isPresent()) {
            return new GitHubFailure(Kind.MALFORMED, 0, "malformed JSON");
        }
        if (cause(e, SocketTimeoutException.class).isPresent() || isTimeout(e)) {
            return new GitHubFailure(Kind.TIMEOUT, 0, "timeout");
        }
        Optional<Throwable> unreachable = cause(e, ConnectException.class)
                .or(() -> cause(e, UnknownHostException.class))
                .or(() -> cause(e, NoRouteToHostException.class));
        if (unreachable.isPresent()) {
            return new GitHubFailure(Kind.UNREACHABLE, 0, unreachable(unreachable.get()));
        }
        return new GitHubFailure(Kind.OTHER, 0, describe(deepest(e)));
    }

    /** GitHub's {@code message} from a JSON error body (github-api puts the body in the exception message). */
    static Optional<String> bodyMessage(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int brace = text.indexOf('{');
        if (brace < 0) {
            return Optional.of(firstLine(text)).filter(s -> !s.isBlank() && !s.startsWith("<") && s.length() < 200);
        }
        try {
            JsonNode node = JsonMapper.builder().build().readTree(text.substring(brace));
            JsonNode message = node == null ? null : node.get("message");
            return message != null && message.isTextual()
                    ? Optional.of(message.asText().strip())
                    : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException
                    && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Throwable> cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Throwable deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String unreachable(Throwable t) {
        if (t instanceof UnknownHostException) {
            return "unknown host " + String.valueOf(t.getMessage()).strip();
        }
        return t instanceof NoRouteToHostException ? "no route to the host" : "the connection was refused";
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
