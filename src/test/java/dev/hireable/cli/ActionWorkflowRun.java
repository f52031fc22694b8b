package dev.hireable.cli;

import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A simulated GitHub Actions step running {@code hireable action}: a workspace checkout in a temporary folder, the
 * GITHUB_* environment with temporary summary and output files, an event payload, and the fake GitHub's URLs.
 */
final class ActionWorkflowRun {

    static final String TOKEN = GitHubCli.TOKEN;
    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/action");

    private final FakeGitHub github;
    private final Path root;
    private final Path workspace;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> args = new ArrayList<>(List.of("action"));

    /** @param root a temporary folder holding the workspace, the runner's temp folder and the step files */
    ActionWorkflowRun(FakeGitHub github, Path root, String repository) {
        this.github = github;
        this.root = root;
        this.workspace = root.resolve("workspace");
        try {
            Files.createDirectories(workspace);
            Files.createDirectories(root.resolve("runner-temp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_REPOSITORY", repository);
        env.put("GITHUB_REPOSITORY_OWNER", repository.substring(0, repository.indexOf('/')));
        env.put("GITHUB_SHA", SHA);
        env.put("GITHUB_SERVER_URL", "https://github.com");
        env.put("GITHUB_API_URL", github.apiUrl());
        env.put("GITHUB_STEP_SUMMARY", root.resolve("step-summary.md").toString());
        env.put("GITHUB_OUTPUT", root.resolve("step-output.txt").toString());
        env.put(
                "GITHUB_EVENT_PATH",
                FIXTURES.resolve("event-push.json").toAbsolutePath().toString());
        env.put("RUNNER_TEMP", root.resolve("runner-temp").toString());
        env.put("GITHUB_TOKEN", TOKEN);
        args.addAll(List.of(
                "--raw-url",
                github.rawUrl(),
                "--cache-dir",
                root.resolve("cache").toString(),
                "--retry-backoff-ms",
                "1"));
    }

    /** Copies a folder's files into the workspace (later copies win). */
    ActionWorkflowRun checkout(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = workspace.resolve(folder.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ActionWorkflowRun input(String name, String value) {
        env.put("INPUT_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), value);
        return this;
    }

    ActionWorkflowRun without(String variable) {
        env.remove(variable);
        return this;
    }

    ActionWorkflowRun option(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    CliRun run() {
        return CliRun.run(env, args.toArray(String[]::new));
    }

    Path workspace() {
        return workspace;
    }

    String summary() {
        return read(root.resolve("step-summary.md"));
    }

    /** The step outputs written to GITHUB_OUTPUT, heredoc values joined. */
    Map<String, String> outputs() {
        Path file = root.resolve("step-output.txt");
        try {
            return Files.isRegularFile(file) ? CompositeActionRunner.fileCommand(file) : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file the step wrote: summary, outputs, and whatever it put in the workspace and the runner's temp folder. */
    String everythingWritten() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(root.resolve("cache")))
                    .forEach(f -> all.append(read(f)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
