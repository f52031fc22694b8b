package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.ReportRenderer;
import dev.hireable.source.http.CacheFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes a rendered report to standard output or to a file. A regular file (or one that does not exist yet) is
 * written whole or not at all: through a temporary file moved into place. Anything else (a device such as
 * /dev/null, a FIFO, a link to standard output) is written through, never renamed over; a link to a regular file
 * replaces the file it points at and stays a link. A folder is refused.
 */
final class ReportWriter {

    private ReportWriter() {}

    static void write(AuditReport report, ReportRenderer renderer, Optional<Path> file, Writer stdout)
            throws IOException {
        if (file.isEmpty()) {
            renderer.render(report, stdout);
            stdout.flush();
            return;
        }
        StringWriter buffer = new StringWriter();
        renderer.render(report, buffer);
        writeAtomically(file.get(), buffer.toString());
    }

    /** Writes {@code content} to {@code target}: whole or not at all when it is a regular file, through otherwise. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder; give a file name for the report");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            replace(absolute, content);
            return;
        }
        Optional<Path> linked = Files.isSymbolicLink(absolute) ? realPath(absolute) : Optional.empty();
        if (linked.isPresent() && Files.isRegularFile(linked.get(), LinkOption.NOFOLLOW_LINKS)) {
            replace(linked.get(), content);
        } else {
            writeThrough(absolute, content);
        }
    }

    private static void replace(Path file, String content) throws IOException {
        CacheFiles.writeAtomically(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        readableByOthers(file);
    }

    /** A device, a FIFO or a link to one: opened and written like a shell redirection would. */
    private static void writeThrough(Path target, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where a link points, or empty for a link to nothing (writing through it creates the file). */
    private static Optional<Path> realPath(Path link) throws IOException {
        try {
            return Optional.of(link.toRealPath());
        } catch (NoSuchFileException dangling) {
            return Optional.empty();
        }
    }

    /** Temporary files are created owner-only; a report is an ordinary file (rw-r--r--) like any other output. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
