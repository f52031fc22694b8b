package dev.hireable.source.local;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.ListedSnapshot;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.SnapshotLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** A snapshot of a directory on disk. The tree is listed once, eagerly; contents are read on demand. */
public final class LocalDirectorySnapshot extends ListedSnapshot {

    private final Path root;

    private LocalDirectorySnapshot(Path root, RepoMetadata metadata, FileTree tree, SnapshotLimits limits) {
        super(metadata, tree, limits);
        this.root = root;
    }

    /**
     * Lists {@code root} and reads its git metadata.
     *
     * @param id the repository id to report, usually the directory name
     */
    public static LocalDirectorySnapshot open(Path root, String id, SnapshotLimits limits) {
        Path realRoot = toRealPath(root);
        FileTree tree = new DirectoryLister(realRoot, limits).list();
        RepoMetadata metadata = GitMetadata.read(realRoot, id);
        return new LocalDirectorySnapshot(realRoot, metadata, tree, limits);
    }

    /** Lists {@code root} with metadata known elsewhere (e.g. a GitHub Actions workspace: its id, web URL and commit). */
    public static LocalDirectorySnapshot open(Path root, RepoMetadata metadata, SnapshotLimits limits) {
        Path realRoot = toRealPath(root);
        return new LocalDirectorySnapshot(realRoot, metadata, new DirectoryLister(realRoot, limits).list(), limits);
    }

    public Path root() {
        return root;
    }

    @Override
    protected byte[] fetch(FileEntry file) throws IOException {
        Path path = root.resolve(file.path()).normalize();
        Path real = path.toRealPath();
        if (!real.startsWith(root)) {
            throw new IOException("it links outside the repository");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException("it is no longer a regular file");
        }
        try (InputStream in = Files.newInputStream(real)) {
            // read at most one byte past the limit: enough to know the file grew past it
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits().maxFileBytes() + 1));
        }
    }

    private static Path toRealPath(Path root) {
        try {
            return root.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }
}
