package dev.hireable.testing;

import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A repository held in memory, for cases a directory cannot show: a file listed in the tree whose read failed, or
 * was over the budget. Files are added with {@link #with}; {@link #reading} sets what reading a listed file gives.
 */
public final class MemoryRepo implements Snapshot {

    private final Map<String, FileContent> files = new LinkedHashMap<>();
    private final Map<String, Long> sizes = new LinkedHashMap<>();
    private RepoMetadata metadata = RepoMetadata.named("memory");
    private FileTree tree;

    public MemoryRepo with(String path, String text) {
        files.put(path, new FileContent.Text(path, text, false));
        sizes.put(path, (long) text.getBytes(StandardCharsets.UTF_8).length);
        tree = null;
        return this;
    }

    /** A file in the tree of {@code size} bytes whose read gives {@code content} (unreadable, over budget, ...). */
    public MemoryRepo reading(String path, long size, FileContent content) {
        files.put(path, content);
        sizes.put(path, size);
        tree = null;
        return this;
    }

    public MemoryRepo metadata(RepoMetadata newMetadata) {
        metadata = newMetadata;
        return this;
    }

    @Override
    public RepoMetadata metadata() {
        return metadata;
    }

    @Override
    public FileTree tree() {
        if (tree == null) {
            tree = new FileTree(sizes.entrySet().stream()
                    .map(e -> new FileEntry(e.getKey(), e.getValue()))
                    .toList());
        }
        return tree;
    }

    @Override
    public FileContent read(String path) {
        return files.getOrDefault(path, new FileContent.Missing(path));
    }
}
