package dev.hireable.source.github;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.SnapshotLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kohsuke.github.GHTree;
import org.kohsuke.github.GHTreeEntry;

/**
 * Turns GitHub's recursive tree into the files a local listing of the same commit gives: blobs only, ignored
 * folders (virtualenvs, caches, a folder holding pyvenv.cfg) left out, and paths made relative to the project
 * folder when the project is a folder of the repository. Links and submodules are noted, not followed.
 */
record TreeListing(List<FileEntry> files, boolean truncated, List<String> notes) {

    private static final String SYMLINK_MODE = "120000";
    private static final String VENV_MARKER = "pyvenv.cfg";

    TreeListing {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    static TreeListing of(GHTree tree, Optional<String> folder, SnapshotLimits limits) {
        List<GHTreeEntry> entries = tree.getTree() == null ? List.of() : tree.getTree();
        String prefix = folder.map(f -> f + "/").orElse("");
        List<String> venvs = entries.stream()
                .map(GHTreeEntry::getPath)
                .filter(p -> p.equals(VENV_MARKER) || p.endsWith("/" + VENV_MARKER))
                .map(p -> p.substring(0, Math.max(0, p.length() - VENV_MARKER.length())))
                .filter(p -> !p.isEmpty())
                .toList();
        List<FileEntry> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (GHTreeEntry entry : entries) {
            String path = entry.getPath();
            if (path == null || !path.startsWith(prefix) || path.length() == prefix.length()) {
                continue;
            }
            String relative = path.substring(prefix.length());
            if (ignored(relative, limits) || venvs.stream().anyMatch(path::startsWith)) {
                continue;
            }
            if ("commit".equals(entry.getType())) {
                notes.add(relative + " is a git submodule; its files were not read");
            } else if ("blob".equals(entry.getType()) && SYMLINK_MODE.equals(entry.getMode())) {
                notes.add(relative + " is a symbolic link; it was not followed");
            } else if ("blob".equals(entry.getType())) {
                files.add(new FileEntry(relative, entry.getSize()));
            }
        }
        return new TreeListing(files, tree.isTruncated(), notes);
    }

    private static boolean ignored(String relative, SnapshotLimits limits) {
        String[] segments = relative.split("/");
        return Arrays.stream(segments, 0, segments.length - 1).anyMatch(limits::ignores);
    }
}
