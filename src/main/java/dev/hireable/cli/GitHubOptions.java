package dev.hireable.cli;

import dev.hireable.source.github.GitHubSettings;
import dev.hireable.source.http.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to reach GitHub: token, endpoints, cache, parallelism. Shared by the user, repo and batch commands. */
public final class GitHubOptions {

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "GitHub token (default: $GITHUB_TOKEN, then $GH_TOKEN). Without one, GitHub allows 60 "
                    + "requests an hour. It is never printed, logged, cached or written to a report.")
    String token;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            description = "GitHub API (default: $GITHUB_API_URL, else " + GitHubSettings.DEFAULT_API_URL
                    + "; GitHub Enterprise: https://HOST/api/v3).")
    String apiUrl;

    @Option(
            names = "--raw-url",
            paramLabel = "URL",
            description = "Where raw file bodies are read, which spends no API requests (default: "
                    + GitHubSettings.DEFAULT_RAW_URL + "; for an API URL ending in /api/v3, that host's /raw).")
    String rawUrl;

    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            description = "Cache folder (default: $XDG_CACHE_HOME/hireable or ~/.cache/hireable). A repository whose "
                    + "head commit has not changed is not read again; listings are revalidated with ETags.")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the cache.")
    boolean noCache;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Repositories read at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long one GitHub response may take (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(
            names = "--retry-backoff-ms",
            hidden = true,
            defaultValue = "1000",
            description = "First wait after a server error, doubled after each further one (for tests).")
    long retryBackoffMillis;

    /** The token from --token, GITHUB_TOKEN or GH_TOKEN, in that order. */
    Optional<Secret> token(Console console) {
        return Optional.ofNullable(token)
                .filter(t -> !t.isBlank())
                .or(() -> console.env("GITHUB_TOKEN"))
                .or(() -> console.env("GH_TOKEN"))
                .map(Secret::new);
    }

    String apiUrl(Console console) {
        return Optional.ofNullable(apiUrl)
                .or(() -> console.env("GITHUB_API_URL"))
                .orElse(GitHubSettings.DEFAULT_API_URL);
    }

    /** --raw-url; for GitHub Enterprise (an API URL ending in /api/v3) the same host's /raw. */
    String rawUrl(Console console) {
        if (rawUrl != null) {
            return rawUrl;
        }
        String api = apiUrl(console).replaceAll("/+$", "");
        return api.endsWith("/api/v3")
                ? api.substring(0, api.length() - "/api/v3".length()) + "/raw"
                : GitHubSettings.DEFAULT_RAW_URL;
    }

    Optional<Path> cacheDir(Console console) {
        if (noCache) {
            return Optional.empty();
        }
        if (cacheDir != null) {
            return Optional.of(cacheDir);
        }
        Optional<Path> xdg = console.env("XDG_CACHE_HOME").map(Path::of);
        Optional<Path> windows = console.env("LOCALAPPDATA").map(Path::of);
        Path base = xdg.or(() -> windows).orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache"));
        return Optional.of(base.resolve("hireable"));
    }

    int concurrency() {
        if (concurrency < 1 || concurrency > 32) {
            throw new UsageException("--concurrency must be between 1 and 32, not " + concurrency);
        }
        return concurrency;
    }

    Duration timeout() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new UsageException("--timeout must be a number of seconds between 0 and 3600");
        }
        return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    }

    Duration retryBackoff() {
        return Duration.ofMillis(Math.max(0, retryBackoffMillis));
    }
}
