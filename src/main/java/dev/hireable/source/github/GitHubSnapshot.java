package dev.hireable.source.github;

import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.ListedSnapshot;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.SnapshotLimits;
import java.io.IOException;
import java.util.Map;

/**
 * A GitHub repository at one commit: the recursive tree of that commit and the bodies of the files the
 * {@link FetchPolicy} chose, downloaded up front from the raw content host. A file it did not choose reads as over
 * budget; one whose download failed reads as unreadable, with the reason.
 */
public final class GitHubSnapshot extends ListedSnapshot {

    private final Map<String, byte[]> bodies;
    private final Map<String, String> failures;

    GitHubSnapshot(
            RepoMetadata metadata,
            FileTree tree,
            Map<String, byte[]> bodies,
            Map<String, String> failures,
            long maxFileBytes) {
        super(
                metadata,
                tree,
                new SnapshotLimits(maxFileBytes, Long.MAX_VALUE / 2, Integer.MAX_VALUE, java.util.List.of()));
        this.bodies = Map.copyOf(bodies);
        this.failures = Map.copyOf(failures);
    }

    /** How many file bodies this snapshot holds. */
    public int filesHeld() {
        return bodies.size();
    }

    @Override
    protected boolean selected(FileEntry file) {
        return bodies.containsKey(file.path()) || failures.containsKey(file.path());
    }

    @Override
    protected byte[] fetch(FileEntry file) throws IOException {
        byte[] body = bodies.get(file.path());
        if (body == null) {
            throw new IOException(failures.getOrDefault(file.path(), "it was not downloaded"));
        }
        return body;
    }
}
