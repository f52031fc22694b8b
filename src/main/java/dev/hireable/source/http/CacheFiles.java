package dev.hireable.source.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files written whole or not at all (cache entries, reports): a crash or a full disk never leaves half a file.
 */
public final class CacheFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final long PROCESS = ProcessHandle.current().pid();
    /** Numbers this process's temporary files; with the process id, a name no other writer uses at the same time. */
    private static final AtomicLong TEMPORARY_FILES = new AtomicLong();

    private CacheFiles() {}

    /** Writes a temporary file beside {@code file}, then moves it into place (atomically where the disk can). */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = createTemporaryBeside(file);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * An empty file named after {@code file}, the process and a counter, owner-only where the file system has POSIX
     * permissions (as {@code Files.createTempFile} makes it). Not {@code Files.createTempFile} itself:
     * its random names start Java's security providers and a seeded random generator, 15 ms of a fresh JVM, for a
     * name that only has to differ from the other writers' of the same folder.
     */
    private static Path createTemporaryBeside(Path file) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        String prefix = "." + file.getFileName() + "." + PROCESS + ".";
        while (true) {
            Path temporary = file.resolveSibling(prefix + TEMPORARY_FILES.incrementAndGet() + ".tmp");
            try {
                return posix ? Files.createFile(temporary, OWNER_ONLY) : Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // left by a process that had the same id and stopped before cleaning up: take the next number
            }
        }
    }
}
