package dev.hireable.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Which files of a repository are read, within a per-repository budget: the tiers of {@code fetch_first}
 * in order (README, dependency files, configs and workflows, docs, code, notebooks), then every other file that
 * is not in {@code never_fetch}; inside a tier, shallower and then smaller files first. Bound from the
 * {@code vocabulary} of rules/github.yaml; a local directory is read in the same order within its own budget
 * ({@link SnapshotLimits}). A file left out reads as over budget, so rules answer {@code unknown}.
 *
 * @param fetchFirst      tiers of globs (see {@link Glob}), the most telling first
 * @param neverFetch      globs of files never worth a download (images, weights, archives)
 * @param maxFilesPerRepo the most files read from one repository
 * @param maxBytesPerRepo the most bytes read from one repository
 */
public record FetchPolicy(
        List<List<String>> fetchFirst, List<String> neverFetch, int maxFilesPerRepo, long maxBytesPerRepo) {

    public FetchPolicy {
        if (fetchFirst == null || fetchFirst.isEmpty()) {
            throw new IllegalArgumentException("'fetch_first' needs at least one tier of globs");
        }
        fetchFirst = fetchFirst.stream().map(List::copyOf).toList();
        neverFetch = List.copyOf(neverFetch == null ? List.of() : neverFetch);
        if (maxFilesPerRepo <= 0 || maxBytesPerRepo <= 0) {
            throw new IllegalArgumentException("'max_files_per_repo' and 'max_bytes_per_repo' must be positive");
        }
        fetchFirst.forEach(tier -> tier.forEach(Glob::of));
        neverFetch.forEach(Glob::of);
    }

    /** The same policy with another budget (the command line's --max-files-per-repo and the like). */
    public FetchPolicy withBudget(int files, long bytes) {
        return new FetchPolicy(fetchFirst, neverFetch, files, bytes);
    }

    /** The files to read, most telling first, within the budget. Files over {@code maxFileBytes} are never read. */
    public List<FileEntry> select(List<FileEntry> files, long maxFileBytes) {
        GlobTiers tiers = new GlobTiers(fetchFirst);
        GlobTiers never = GlobTiers.anyOf(neverFetch);
        List<Ranked> ranked = new ArrayList<>();
        for (FileEntry file : files) {
            if (file.size() > maxFileBytes) {
                continue;
            }
            int tier = tiers.tierOf(file.path());
            if (tier == fetchFirst.size() && never.anyMatches(file.path())) {
                continue;
            }
            ranked.add(new Ranked(file, tier, file.depth()));
        }
        ranked.sort(Comparator.comparingInt(Ranked::tier)
                .thenComparingInt(Ranked::depth)
                .thenComparingLong(r -> r.file().size())
                .thenComparing(r -> r.file().path()));
        List<FileEntry> chosen = new ArrayList<>();
        long bytes = 0;
        for (Ranked r : ranked) {
            if (chosen.size() >= maxFilesPerRepo) {
                break;
            }
            if (bytes + r.file().size() <= maxBytesPerRepo) {
                chosen.add(r.file());
                bytes += r.file().size();
            }
        }
        return chosen;
    }

    /** Changes whenever the choice of files could change, so cached snapshots chosen otherwise are not trusted. */
    public String fingerprint(long maxFileBytes, List<String> ignoredFolders) {
        String canonical = fetchFirst + "|" + neverFetch + "|" + maxFilesPerRepo + "|" + maxBytesPerRepo + "|"
                + maxFileBytes + "|" + ignoredFolders;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private record Ranked(FileEntry file, int tier, int depth) {}
}
