package dev.hireable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    private ClassDataTraining() {}

    public static void main(String[] args) {
        Console quiet = quiet(System.getenv());
        FIRST.forEach(command -> Hireable.run(quiet, command.toArray(String[]::new)));
        try {
            auditAGitHubUser();
        } catch (IOException | RuntimeException | LinkageError e) {
            // a runtime without the loopback HTTP server (jdk.httpserver) or a port: the archive holds less, no more
            System.err.println("hireable: the class-data archive leaves out the GitHub path ("
                    + e.getClass().getSimpleName() + ")");
        }
        Main.main(args);
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
                "json"
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
