package dev.hireable.snapshot;

import java.util.Locale;

/** One file of a repository tree: its path (forward slashes, relative to the root) and size in bytes. */
public record FileEntry(String path, long size) {

    public FileEntry {
        if (path == null || path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("a file path must be relative and non-empty: " + path);
        }
    }

    // equals and hashCode written out, as for every record used as a key in an audit: a record's generated ones are
    // linked through method handles on their first call, milliseconds of a fresh JVM's start (README, Benchmarks)
    @Override
    public boolean equals(Object other) {
        return other instanceof FileEntry entry && entry.size == size && entry.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Long.hashCode(size);
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
