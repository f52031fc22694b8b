package dev.hireable.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a batch (or a merge) holds on its output folder while it writes there, so that a second one started on the
 * same folder is refused before it touches anything, even the temporary files the first one is writing.
 */
final class BatchLock implements AutoCloseable {

    static final String FILE = ".hireable-batch.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The folder this lock holds. */
    Path folder() {
        return folder;
    }

    /** Creates the folder if needed and takes its lock; another batch holding it is bad input. */
    static BatchLock take(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel =
                FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another batch in this process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new UsageException(
                    "another 'hireable batch' is writing to '" + folder + "'; wait for it or choose another --output");
        }
        return new BatchLock(folder, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
