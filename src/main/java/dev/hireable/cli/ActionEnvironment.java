package dev.hireable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.snapshot.RepoMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What GitHub Actions tells a step about where it runs: the workspace checkout, the repository and commit, the
 * server, and the files a step writes its summary and outputs to. The workspace repository's metadata (homepage,
 * topics, dates) comes from the event payload, so it costs no API request.
 */
record ActionEnvironment(
        Path workspace,
        String repository,
        String owner,
        Optional<String> sha,
        String serverUrl,
        Optional<Path> summaryFile,
        Optional<Path> outputFile,
        Optional<Path> eventFile,
        Optional<Path> runnerTemp) {

    static final String DEFAULT_SERVER_URL = "https://github.com";

    /** Reads the environment; outside GitHub Actions (no GITHUB_WORKSPACE) that is a usage error. */
    static ActionEnvironment read(Console console) {
        Optional<String> workspace = console.env("GITHUB_WORKSPACE");
        if (workspace.isEmpty()) {
            throw new UsageException("hireable action runs inside GitHub Actions (GITHUB_WORKSPACE is not set); "
                    + "elsewhere use hireable dir, repo or user");
        }
        Path root = Path.of(workspace.get());
        if (!Files.isDirectory(root)) {
            throw new UsageException("GITHUB_WORKSPACE '" + root + "' is not a folder; check out the repository first "
                    + "(actions/checkout)");
        }
        String repository = console.env("GITHUB_REPOSITORY")
                .map(String::strip)
                .filter(r -> r.matches("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+"))
                .orElseThrow(() -> new UsageException("GITHUB_REPOSITORY must name the repository as OWNER/NAME"));
        String owner = console.env("GITHUB_REPOSITORY_OWNER").orElse(repository.substring(0, repository.indexOf('/')));
        return new ActionEnvironment(
                root,
                repository,
                owner,
                console.env("GITHUB_SHA"),
                console.env("GITHUB_SERVER_URL")
                        .map(u -> u.replaceAll("/+$", ""))
                        .orElse(DEFAULT_SERVER_URL),
                console.env("GITHUB_STEP_SUMMARY").map(Path::of),
                console.env("GITHUB_OUTPUT").map(Path::of),
                console.env("GITHUB_EVENT_PATH").map(Path::of),
                console.env("RUNNER_TEMP").map(Path::of));
    }

    String repositoryName() {
        return repository.substring(repository.indexOf('/') + 1);
    }

    /** The host repositories are linked on, e.g. github.com. */
    String webHost() {
        return serverUrl.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:].*$", "");
    }

    /** A file path of an input, relative to the workspace unless absolute. */
    Path resolve(Path path) {
        return workspace.resolve(path).normalize();
    }

    /**
     * The workspace repository's metadata: its id and commit from the environment, the rest from the event payload's
     * {@code repository} object when there is one (an event without it, or an unreadable payload, leaves it out).
     */
    RepoMetadata metadata(Consumer<String> notes) {
        RepoMetadata fromEnvironment = RepoMetadata.named(repository)
                .withWebUrl(Optional.of(serverUrl + "/" + repository))
                .withCommit(sha);
        Optional<JsonNode> payload = eventFile.flatMap(file -> repositoryOfEvent(file, notes));
        if (payload.isEmpty()) {
            return fromEnvironment;
        }
        JsonNode repo = payload.get();
        List<String> topics = new ArrayList<>();
        repo.path("topics").forEach(topic -> topics.add(topic.asText()));
        return new RepoMetadata(
                repository,
                text(repo, "html_url").filter(url -> url.startsWith("http")).or(fromEnvironment::webUrl),
                sha,
                text(repo, "homepage"),
                text(repo, "description"),
                topics,
                repo.path("fork").asBoolean(false),
                repo.path("archived").asBoolean(false),
                instant(repo.path("created_at")),
                instant(repo.path("pushed_at")),
                text(repo, "default_branch"));
    }

    private static Optional<JsonNode> repositoryOfEvent(Path file, Consumer<String> notes) {
        try {
            JsonNode repo = JsonMapper.builder().build().readTree(file.toFile()).path("repository");
            return repo.isObject() ? Optional.of(repo) : Optional.empty();
        } catch (IOException e) {
            notes.accept("the event payload GITHUB_EVENT_PATH could not be read ("
                    + e.getClass().getSimpleName()
                    + "); the workspace repository's homepage and topics are not known.");
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText().strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /** Push events give dates as epoch seconds, other events as ISO-8601 text. */
    private static Optional<Instant> instant(JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(Instant.ofEpochSecond(value.asLong()));
        }
        if (value.isTextual()) {
            try {
                return Optional.of(Instant.parse(value.asText()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
