package dev.hireable.source;

import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import java.util.Optional;

/** A repository a source has listed, opened into a snapshot only when the audit reaches it. */
public interface RepoHandle {

    /** The id reported for it: {@code owner/name}, or a directory name. */
    String id();

    Snapshot open() throws SourceException;

    /**
     * The metadata {@link #open()} would give, commit included, when the source knows it without opening (GitHub:
     * the head commit is resolved first). An audit of the repository in exactly this state can then be reused.
     */
    default Optional<RepoMetadata> state() {
        return Optional.empty();
    }
}
