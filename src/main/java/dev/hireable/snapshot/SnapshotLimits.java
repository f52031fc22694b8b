package dev.hireable.snapshot;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of a repository a snapshot may read and what it leaves out of the tree.
 *
 * @param maxFileBytes    files over this size are listed, not read
 * @param maxTotalBytes   the read budget for one repository
 * @param maxFiles        the most files read for one repository
 * @param ignoredFolders  folder names never listed (virtualenvs, node_modules, caches); from rules/snapshot.yaml
 * @param maxListedFiles  the most files listed; a larger tree is cut there and marked truncated, as GitHub cuts its
 *                        trees at 100,000 entries
 * @param readOrder       which files the budget goes to first (the README, dependency files, configs...); without
 *                        one, files are read in the order rules ask for them until the budget is spent
 */
public record SnapshotLimits(
        long maxFileBytes,
        long maxTotalBytes,
        int maxFiles,
        List<String> ignoredFolders,
        int maxListedFiles,
        Optional<FetchPolicy> readOrder) {

    public static final int MAX_LISTED_FILES = 100_000;

    public SnapshotLimits {
        ignoredFolders = List.copyOf(ignoredFolders);
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxFiles <= 0 || maxListedFiles <= 0) {
            throw new IllegalArgumentException("snapshot limits must be positive");
        }
    }

    /** Limits without a read order, listing up to {@value #MAX_LISTED_FILES} files. */
    public SnapshotLimits(long maxFileBytes, long maxTotalBytes, int maxFiles, List<String> ignoredFolders) {
        this(maxFileBytes, maxTotalBytes, maxFiles, ignoredFolders, MAX_LISTED_FILES, Optional.empty());
    }

    public static SnapshotLimits defaults(List<String> ignoredFolders) {
        return new SnapshotLimits(Snapshot.MAX_FILE_BYTES, 64L << 20, 5_000, ignoredFolders);
    }

    /** The same limits, spending the budget on the files {@code order} ranks first. */
    public SnapshotLimits readingFirst(FetchPolicy order) {
        return new SnapshotLimits(
                maxFileBytes, maxTotalBytes, maxFiles, ignoredFolders, maxListedFiles, Optional.of(order));
    }

    /** The same limits, listing at most {@code files} files. */
    public SnapshotLimits listingAtMost(int files) {
        return new SnapshotLimits(maxFileBytes, maxTotalBytes, maxFiles, ignoredFolders, files, readOrder);
    }

    /** The files of {@code tree} this budget reads, by the read order; empty when there is no order. */
    Optional<Set<String>> chosen(FileTree tree) {
        return readOrder.map(
                order -> order.withBudget(maxFiles, maxTotalBytes).select(tree.files(), maxFileBytes).stream()
                        .map(FileEntry::path)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean ignores(String folderName) {
        return ignoredFolders.contains(folderName);
    }
}
