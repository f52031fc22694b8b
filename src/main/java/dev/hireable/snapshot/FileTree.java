package dev.hireable.snapshot;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The files of a snapshot, sorted by path. {@code truncated} means the source could not list every file (GitHub
 * truncates huge trees), so absence of a file proves nothing and rules answer {@code unknown}.
 */
public final class FileTree {

    /** Sorted by path: a path is found by a binary search, with no map entry for each of 200,000 files. */
    private final List<FileEntry> files;

    private final boolean truncated;
    private final List<String> notes;

    public FileTree(List<FileEntry> files, boolean truncated, List<String> notes) {
        FileEntry[] sorted = files.toArray(FileEntry[]::new);
        Arrays.sort(sorted, Comparator.comparing(FileEntry::path));
        this.files = List.of(sorted);
        this.truncated = truncated;
        this.notes = List.copyOf(notes);
    }

    public FileTree(List<FileEntry> files) {
        this(files, false, List.of());
    }

    public List<FileEntry> files() {
        return files;
    }

    public boolean truncated() {
        return truncated;
    }

    /** Things the source noticed while listing (a symlink loop, an unreadable folder), one sentence each. */
    public List<String> notes() {
        return notes;
    }

    /** The file at the path (the first listed, should a source list one twice). */
    public Optional<FileEntry> get(String path) {
        int low = 0;
        int high = files.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (files.get(middle).path().compareTo(path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < files.size() && files.get(low).path().equals(path)
                ? Optional.of(files.get(low))
                : Optional.empty();
    }

    public boolean contains(String path) {
        return get(path).isPresent();
    }

    public int size() {
        return files.size();
    }

    /** Files whose path matches any of the globs (see {@link Glob}). */
    public List<FileEntry> matching(List<Glob> globs) {
        return files.stream()
                .filter(f -> globs.stream().anyMatch(g -> g.matches(f.path())))
                .toList();
    }

    public List<FileEntry> withExtension(String extension) {
        return files.stream().filter(f -> f.extension().equals(extension)).toList();
    }

    /** Whether any file lies under the folder (the path followed by a slash). */
    public boolean hasFolder(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return files.stream()
                .anyMatch(f -> f.path().startsWith(prefix) || f.path().contains("/" + prefix));
    }
}
