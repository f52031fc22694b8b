package dev.hireable.rules.readme;

import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import java.util.List;
import java.util.Map;

/** A snapshot held in memory, for cases a directory cannot show (a truncated tree). */
record MemorySnapshot(Map<String, String> files, boolean truncated) implements Snapshot {

    @Override
    public RepoMetadata metadata() {
        return RepoMetadata.named("memory");
    }

    @Override
    public FileTree tree() {
        List<FileEntry> entries = files.entrySet().stream()
                .map(f -> new FileEntry(f.getKey(), f.getValue().length()))
                .toList();
        return new FileTree(entries, truncated, List.of());
    }

    @Override
    public FileContent read(String path) {
        String text = files.get(path);
        return text == null ? new FileContent.Missing(path) : new FileContent.Text(path, text, false);
    }
}
