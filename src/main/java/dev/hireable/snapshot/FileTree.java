package dev.hireable.snapshot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files of a snapshot, sorted by path. {@code truncated} means the source could not list every file (GitHub
 * truncates huge trees), so absence of a file proves nothing and rules answer {@code unknown}.
 */
public final class FileTree {

    private final List<FileEntry> files;
    private final Map<String, FileEntry> byPath;
    private final boolean truncated;
    private final List<String> notes;

    public FileTree(List<FileEntry> files, boolean truncated, List<String> notes) {
        this.files =
                files.stream().sorted(Comparator.comparing(FileEntry::path)).toList();
        this.byPath = this.files.stream()
                .collect(Collectors.toMap(FileEntry::path, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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

    public Optional<FileEntry> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public boolean contains(String path) {
        return byPath.containsKey(path);
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
