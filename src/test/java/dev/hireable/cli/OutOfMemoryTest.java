package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.batch.CandidateAuditor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Running out of memory is one sentence and exit 70: never a stack trace, never exit 1 (the --fail-under code). */
class OutOfMemoryTest {

    @TempDir
    Path work;

    private final StringWriter err = new StringWriter();
    private final Console console = new Console(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            Map.of(),
            false,
            false,
            Clock.systemUTC());

    @Test
    void outOfMemoryInsideACommandIsOneSentenceAndExit70() throws IOException {
        int code = batchWith(login -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(code).isEqualTo(Hireable.INTERNAL_ERROR);
        assertThat(err.toString())
                .contains("hireable: hireable ran out of memory (Java heap space)")
                .contains("-Xmx")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    /**
     * A real heap running out, in the audit's worker threads: a JVM of 12 MB reading 20 MB of code. A worker that dies
     * of it must not leave the audit waiting forever (it used to hang); the process ends with the one sentence.
     */
    @Test
    void auditRunningOutOfHeapEndsWithOneSentenceAndExit70InsteadOfHanging() throws Exception {
        Path repo = work.resolve("big-code");
        String line = "frame = frame.assign(total=frame['price'] * frame['quantity'])  # a long line of model code\n";
        for (int i = 0; i < 20; i++) {
            Files.createDirectories(repo.resolve("src"));
            Files.writeString(repo.resolve("src/module_" + i + ".py"), line.repeat(900_000 / line.length()));
        }
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx12m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "dir",
                        repo.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();

        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(ended).as("the audit ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isEqualTo(Hireable.INTERNAL_ERROR);
        assertThat(Files.readString(err))
                .contains("hireable: hireable ran out of memory")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    private int batchWith(CandidateAuditor auditor) throws IOException {
        Path list = Files.writeString(work.resolve("candidates.txt"), "alice\n");
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BatchCommand.class) {
                    return type.cast(new BatchCommand(console, (setup, c, github, selection) -> auditor));
                }
                return new Hireable.Factory(console).create(type);
            }
        };
        return Hireable.run(
                console,
                factory,
                "batch",
                list.toString(),
                "--output",
                work.resolve("out").toString());
    }
}
