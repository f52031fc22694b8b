package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.ReportRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Writes a rendered report to standard output, or to a file whole (through a temporary file) or not at all. */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(AuditReport report, ReportRenderer renderer, Optional<Path> file, Writer stdout) throws IOException {
        if (file.isEmpty()) {
            renderer.render(report, stdout);
            stdout.flush();
            return;
        }
        StringWriter buffer = new StringWriter();
        renderer.render(report, buffer);
        writeAtomically(file.get(), buffer.toString());
    }

    /** Temporary files are created owner-only; a report is an ordinary file (rw-r--r--) like any other output. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            readableByOthers(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
