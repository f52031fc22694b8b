package dev.hireable.snapshot;

import java.util.List;

/**
 * One repository at one commit: metadata, the full file tree with sizes, and lazy, budgeted reads of file
 * contents. Local directories and GitHub repositories implement it alike, so every rule runs unchanged on both.
 * The rule modules read one snapshot from several threads at once, so implementations are thread-safe; reads are
 * memoised.
 */
public interface Snapshot {

    /** Files over this size are listed but never read. */
    long MAX_FILE_BYTES = 1_000_000;

    RepoMetadata metadata();

    FileTree tree();

    /** Reads one file of the tree, within the snapshot's budget. Never throws. */
    FileContent read(String path);

    /**
     * The reads so far that failed (a download that timed out, a file that vanished): the findings that needed them
     * are {@code unknown}, and the audit of this repository is incomplete until a rerun reads them. A file that is
     * missing, binary, too large or over the read budget is not a failed read.
     */
    default List<FileContent.Unreadable> failedReads() {
        return List.of();
    }
}
