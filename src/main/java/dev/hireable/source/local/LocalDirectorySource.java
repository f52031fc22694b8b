package dev.hireable.source.local;

import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Local directories, each one repository, together one portfolio. */
public final class LocalDirectorySource implements PortfolioSource {

    private final List<Path> directories;
    private final SnapshotLimits limits;

    public LocalDirectorySource(List<Path> directories, SnapshotLimits limits) {
        this.directories = List.copyOf(directories);
        this.limits = limits;
    }

    /**
     * The directories among {@code paths}, in order, for a command line such as {@code dir ~/code/*} where a shell
     * glob also brings in files: a file is not a repository, so it is left out with a note, as if it had not been
     * given. A missing path is still bad input (a typo is not to be skipped), and so is a list with no directory.
     */
    public static List<Path> directoriesAmong(List<Path> paths, Consumer<String> notes) throws SourceException {
        List<Path> directories = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw notFound(path);
            }
            if (Files.isDirectory(path)) {
                directories.add(path);
            } else {
                notes.accept("skipping '" + path + "': a file, not the directory of a repository.");
            }
        }
        if (directories.isEmpty()) {
            throw new SourceException(
                    SourceException.Kind.NOT_FOUND,
                    paths.size() == 1
                            ? "The path '" + paths.get(0) + "' is a file; give the directory of a repository."
                            : "None of the " + paths.size()
                                    + " paths is a directory; give the directories of repositories.");
        }
        return List.copyOf(directories);
    }

    /**
     * How many of {@code repositories} local folders to audit at once: one per processor. Reading a local folder
     * hardly waits on the disk, so more at once would only compete for the processors (and hold more in memory).
     */
    public static int concurrency(int repositories) {
        return Math.max(1, Math.min(repositories, Runtime.getRuntime().availableProcessors()));
    }

    /** Checks every path before anything is audited: a missing path or a file is bad input. */
    @Override
    public List<RepoHandle> repositories() throws SourceException {
        List<RepoHandle> handles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path directory : directories) {
            if (!Files.exists(directory)) {
                throw notFound(directory);
            }
            if (!Files.isDirectory(directory)) {
                throw new SourceException(
                        SourceException.Kind.NOT_FOUND,
                        "The path '" + directory + "' is a file; give the directory of a repository.");
            }
            String name = nameOf(directory);
            int count = seen.merge(name, 1, Integer::sum);
            String id = count == 1 ? name : name + "-" + count;
            handles.add(new Handle(directory, id, limits));
        }
        return handles;
    }

    private static SourceException notFound(Path path) {
        return new SourceException(SourceException.Kind.NOT_FOUND, "The path '" + path + "' does not exist.");
    }

    private static String nameOf(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return name == null ? absolute.toString() : name.toString();
    }

    private record Handle(Path directory, String id, SnapshotLimits limits) implements RepoHandle {
        @Override
        public Snapshot open() {
            return LocalDirectorySnapshot.open(directory, id, limits);
        }
    }
}
