package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output replaces a regular file whole or not at all, and writes through anything else (a device, a FIFO, a link
 * to standard output) instead of renaming a temporary file over it.
 */
class ReportOutputTest {

    private static final String SAMPLE = "examples/churn-guard";

    @TempDir
    Path work;

    @Test
    void regularFileIsReplacedWholeAndLeftReadable() throws IOException {
        Path report = Files.writeString(work.resolve("report.json"), "old");

        CliRun run = CliRun.run("dir", SAMPLE, "--format", "json", "--output", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).startsWith("{").contains("\"schemaVersion\"");
        try (var listing = Files.list(work)) {
            assertThat(listing).containsExactly(report);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void fifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = mkfifo("report.pipe");
        CompletableFuture<String> reader = readInBackground(fifo);

        CliRun run = CliRun.run("dir", SAMPLE, "--format", "json", "--output", fifo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("{").contains("\"schemaVersion\"");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(isFifo(fifo)).isTrue();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void linkToAFifoIsWrittenThroughAndTheLinkIsKept() throws Exception {
        Path fifo = mkfifo("stdout.pipe");
        Path link = Files.createSymbolicLink(work.resolve("out"), fifo);
        CompletableFuture<String> reader = readInBackground(fifo);

        CliRun run = CliRun.run("dir", SAMPLE, "--output", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).contains("Standard met");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(isFifo(fifo)).isTrue();
    }

    @Test
    void linkToARegularFileReplacesTheFileItPointsAtAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(
                Files.createDirectories(work.resolve("reports")).resolve("latest.json"), "old");
        Path link = Files.createSymbolicLink(work.resolve("latest.json"), target);

        CliRun run = CliRun.run("dir", SAMPLE, "--format", "json", "--output", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"schemaVersion\"");
    }

    @Test
    void folderIsRefusedInOneSentenceAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(work.resolve("reports"));

        CliRun run = CliRun.run("dir", SAMPLE, "--output", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is a folder").doesNotContain("Exception");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    private static boolean isFifo(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther();
    }

    private Path mkfifo(String name) throws IOException, InterruptedException {
        Path fifo = work.resolve(name);
        Process mkfifo =
                new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return fifo;
    }

    /** Opening a FIFO for reading waits for a writer, so the reader runs on its own (daemon) thread. */
    private static CompletableFuture<String> readInBackground(Path fifo) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
