package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same report bytes in any JVM: two separate processes audit the sample portfolio and
 * their JSON is byte-identical once the time of generation is set aside. Hash-ordered collections, whose order
 * changes from one JVM to the next, would show here.
 */
class DeterministicReportTest {

    @Test
    void twoJvmsWriteByteIdenticalJsonForTheSamePortfolio(@TempDir Path out) throws Exception {
        String first = audit(out.resolve("first.json"));
        String second = audit(out.resolve("second.json"));

        assertThat(first).isNotBlank();
        assertThat(second).isEqualTo(first);
    }

    /** The JSON report of the sample portfolio written by a new JVM, without its generation time. */
    private static String audit(Path report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "dir"));
        for (String repo : List.of("churn-guard", "review-sentiment", "titanic-notebook")) {
            command.add(Path.of("examples", repo).toString());
        }
        command.addAll(List.of("--format", "json", "--output", report.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(report + ".log")))
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the audit finished")
                .isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(Path.of(report + ".log")))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        ((ObjectNode) json).remove("generatedAt");
        return json.toPrettyString();
    }
}
