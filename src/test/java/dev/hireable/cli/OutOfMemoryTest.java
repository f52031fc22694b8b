package dev.hireable.cli;

import dev.hireable.batch.CandidateAuditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Running out of memory is one sentence and exit 70: never a stack trace, never exit 1 (the --fail-under code). */
class OutOfMemoryTest {

    @TempDir
    Path work;

    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
            Map.of(), false, false, Clock.systemUTC());

    @Test
    void outOfMemoryInsideACommandIsOneSentenceAndExit70() throws IOException {
        int code = batchWith(login -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(code).isEqualTo(Hireable.INTERNAL_ERROR);
        assertThat(err.toString()).contains("hireable: hireable ran out of memory (Java heap space)").contains("-Xmx")
                .doesNotContain("\tat ").doesNotContain("Exception");
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
        return Hireable.run(console, factory, "batch", list.toString(), "--output", work.resolve("out").toString());
    }
}
