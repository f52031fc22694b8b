package dev.hireable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The entry point of a run that writes the class-data archive (bin/hireable with {@code HIREABLE_CDS=create}): the
 * usage and the rule list first, then a GitHub user audited twice (read, then re-audited from the cache) on a stand-in
 * GitHub on the loopback interface ({@link TrainingGitHub}), all with their output discarded, then the command asked
 * for, as {@link Main} runs it. The archive holds the classes a run loaded, so the commands people start with
 * ({@code --help}, {@code rules list}) and the GitHub audits ({@code user}, {@code repo}, the Action) start from it
 * too, not only the audit the archive was made on.
 */
public final class ClassDataTraining {

    private static final List<List<String>> FIRST = List.of(List.of("--help"), List.of("rules", "list"));
    /** Two audits of one small repository take about two seconds on a 2-core machine. */
    private static final Duration GITHUB_TRAINING_LIMIT = Duration.ofSeconds(60);

    private ClassDataTraining() {}

    public static void main(String[] args) {
        Console quiet = quiet(System.getenv());
        FIRST.forEach(command -> Hireable.run(quiet, command.toArray(String[]::new)));
        trainOnGitHub()
                .ifPresent(reason -> System.err.println(
                        "hireable: the class-data archive leaves out the GitHub path (" + reason + ")"));
        Main.main(args);
    }

    /**
     * The GitHub audits, given at most {@link #GITHUB_TRAINING_LIMIT} so that a build never waits on them; why they were
     * left out, if they were. A runtime without the loopback HTTP server (jdk.httpserver) or a free port makes an
     * archive that holds less, no more.
     */
    private static Optional<String> trainOnGitHub() {
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        Thread training = new Thread(
                () -> {
                    try {
                        auditAGitHubUser();
                        done.complete(Optional.empty());
                    } catch (IOException | RuntimeException | LinkageError e) {
                        done.complete(Optional.of(e.getClass().getSimpleName()));
                    }
                },
                "hireable-training");
        training.setDaemon(true);
        training.start();
        try {
            return done.get(GITHUB_TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return Optional.of("not done in " + GITHUB_TRAINING_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** How the two audits of the stand-in's user went: their exit codes and the files each read from its raw host. */
    record GitHubTraining(int coldExit, int warmExit, int coldFileReads, int warmFileReads) {}

    /** Audits the stand-in's user cold and then warm, in a cache folder of its own that is deleted afterwards. */
    static GitHubTraining auditAGitHubUser() throws IOException {
        Path cache = Files.createTempDirectory("hireable-training");
        try (TrainingGitHub github = TrainingGitHub.start()) {
            Console console = quiet(Map.of("GITHUB_TOKEN", "training-token"));
            String[] user = {
                "user",
                TrainingGitHub.LOGIN,
                "--api-url",
                github.apiUrl(),
                "--raw-url",
                github.rawUrl(),
                "--cache-dir",
                cache.toString(),
                "--format",
                "json",
                "--timeout",
                "10",
                "--retry-backoff-ms",
                "10"
            };
            int cold = Hireable.run(console, user);
            int readCold = github.fileReads();
            int warm = Hireable.run(console, user);
            return new GitHubTraining(cold, warm, readCold, github.fileReads() - readCold);
        } finally {
            delete(cache);
        }
    }

    private static Console quiet(Map<String, String> env) {
        return new Console(
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                env,
                false,
                false,
                java.time.Clock.systemUTC());
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
