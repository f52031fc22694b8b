package dev.hireable.source;

import dev.hireable.snapshot.Snapshot;

/** A repository a source has listed, opened into a snapshot only when the audit reaches it. */
public interface RepoHandle {

    /** The id reported for it: {@code owner/name}, or a directory name. */
    String id();

    Snapshot open() throws SourceException;
}
