package dev.hireable.rules.context;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses one README per project unit (a monorepo's units are audited one by one, each folder as its root): the
 * first of the preferred names in the first README folder that holds one (root, docs/, .github/); when none does,
 * a README a folder or two deep that sits over code, the one over the most code files, then the shallowest, then the
 * first by preference and path. Globs compiled once; one pass over the tree.
 */
public final class ReadmeLocator {

    private final ReadmeLocation location;
    private final List<Glob> names;
    /**
     * The text every name starts with before its first wildcard ("README" of "README{-,_}*"), when each has one: a file
     * whose name starts with none of them is passed over without trying the globs (a large tree has 200,000 files).
     */
    private final List<String> literalStarts;

    public ReadmeLocator(ReadmeLocation location) {
        this.location = location;
        this.names = location.names().stream().map(Glob::of).toList();
        List<String> starts =
                names.stream().map(Glob::nameLiteralStart).distinct().toList();
        this.literalStarts = starts.contains("") ? List.of() : starts;
    }

    /**
     * The README of a file tree, if it has one.
     *
     * @param isCode   whether a file is code, to choose among project folders
     * @param excluded whether a file lies in a folder that says nothing about the author's work (vendored code)
     */
    public Optional<FileEntry> choose(FileTree tree, Predicate<FileEntry> isCode, Predicate<FileEntry> excluded) {
        List<FileEntry> readmes = new ArrayList<>();
        for (FileEntry file : tree.files()) {
            if (rank(file) < names.size() && !excluded.test(file)) {
                readmes.add(file);
            }
        }
        Comparator<FileEntry> preferred = Comparator.comparingInt(this::rank).thenComparing(FileEntry::path);
        for (String folder : location.folders()) {
            Optional<FileEntry> found = readmes.stream()
                    .filter(f -> f.directory().equalsIgnoreCase(folder))
                    .min(preferred);
            if (found.isPresent()) {
                return found;
            }
        }
        List<FileEntry> deeper = readmes.stream()
                .filter(f -> f.depth() >= 1 && f.depth() <= location.projectFolderDepth())
                .toList();
        if (deeper.isEmpty()) {
            return Optional.empty();
        }
        List<String> code = tree.files().stream()
                .filter(isCode.and(excluded.negate()))
                .map(FileEntry::path)
                .toList();
        return deeper.stream()
                .map(readme -> new Candidate(readme, codeUnder(readme.directory(), code)))
                .filter(candidate -> candidate.code() > 0)
                .min(Comparator.comparingLong((Candidate c) -> -c.code())
                        .thenComparingInt(c -> c.readme().depth())
                        .thenComparing(Candidate::readme, preferred))
                .map(Candidate::readme);
    }

    private record Candidate(FileEntry readme, long code) {}

    private static long codeUnder(String folder, List<String> code) {
        String prefix = folder + "/";
        return code.stream()
                .filter(path -> path.regionMatches(true, 0, prefix, 0, prefix.length()))
                .count();
    }

    private boolean startsWithALiteral(String name) {
        for (String start : literalStarts) {
            if (name.regionMatches(true, 0, start, 0, start.length())) {
                return true;
            }
        }
        return false;
    }

    /** The position of the first name a file matches, or the number of names when it matches none. */
    private int rank(FileEntry file) {
        if (!literalStarts.isEmpty() && !startsWithALiteral(file.name())) {
            return names.size();
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).matches(file.name())) {
                return i;
            }
        }
        return names.size();
    }
}
