package dev.hireable.snapshot;

import java.util.List;

/**
 * How much of a repository a snapshot may read and what it leaves out of the tree.
 *
 * @param maxFileBytes    files over this size are listed, not read
 * @param maxTotalBytes   the read budget for one repository
 * @param maxFiles        the most files read for one repository
 * @param ignoredFolders  folder names never listed (virtualenvs, node_modules, caches); from rules/snapshot.yaml
 */
public record SnapshotLimits(long maxFileBytes, long maxTotalBytes, int maxFiles, List<String> ignoredFolders) {

    public SnapshotLimits {
        ignoredFolders = List.copyOf(ignoredFolders);
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("snapshot limits must be positive");
        }
    }

    public static SnapshotLimits defaults(List<String> ignoredFolders) {
        return new SnapshotLimits(Snapshot.MAX_FILE_BYTES, 64L << 20, 5_000, ignoredFolders);
    }

    public boolean ignores(String folderName) {
        return ignoredFolders.contains(folderName);
    }
}
