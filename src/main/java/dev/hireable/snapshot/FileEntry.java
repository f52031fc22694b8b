package dev.hireable.snapshot;

import java.util.Locale;

/** One file of a repository tree: its path (forward slashes, relative to the root) and size in bytes. */
public record FileEntry(String path, long size) {

    public FileEntry {
        if (path == null || path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("a file path must be relative and non-empty: " + path);
        }
    }

    /** The last path segment, e.g. {@code train.py}. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The folder holding the file, {@code ""} at the root. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The lower-case extension without the dot, {@code ""} when there is none. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** How many folders deep the file sits; 0 at the root. */
    public int depth() {
        int depth = 0;
        for (int at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
            depth++;
        }
        return depth;
    }
}
