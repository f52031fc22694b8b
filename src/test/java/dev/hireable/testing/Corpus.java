package dev.hireable.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.snapshot.ListedSnapshot;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real ML portfolio repositories of ../shared/corpus as snapshots, with the reviewer's labels. The corpus keeps
 * data and prose files only: code files are listed in tree.tsv but read as unreadable, so signals that live only
 * in code cannot be detected from it. Tests using it must skip when {@link #available()} is false (a fresh clone
 * has no ../shared).
 */
public final class Corpus {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One corpus repository: its folder, {@code owner/name}, and the reviewer's labels. */
    public record Repo(String name, Path folder, JsonNode labels) {

        public Snapshot open() {
            return open(SnapshotLimits.defaults(List.of()));
        }

        public Snapshot open(SnapshotLimits limits) {
            return CorpusSnapshot.open(this, limits);
        }
    }

    private Corpus() {
    }

    /** The shared folder: the system property {@code hireable.shared.dir}, else ../shared. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("hireable.shared.dir", "../shared")).toAbsolutePath().normalize();
    }

    public static Path root() {
        return sharedDir().resolve("corpus");
    }

    public static boolean available() {
        return Files.isRegularFile(root().resolve("labels-dev.json"));
    }

    public static List<Repo> repos() {
        try {
            JsonNode labels = JSON.readTree(root().resolve("labels-dev.json").toFile());
            Map<String, JsonNode> byRepo = new LinkedHashMap<>();
            labels.forEach(label -> byRepo.put(label.path("repo").asText(), label));
            List<Repo> repos = new ArrayList<>();
            byRepo.forEach((name, label) -> {
                Path folder = root().resolve(name.replace("/", "__"));
                if (Files.isDirectory(folder)) {
                    repos.add(new Repo(name, folder, label));
                }
            });
            return repos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Repo> repo(String name) {
        return repos().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A corpus repository read from tree.tsv (every path with its size) and files/ (the bodies that were kept). */
    static final class CorpusSnapshot extends ListedSnapshot {

        private final Path files;

        private CorpusSnapshot(Path files, RepoMetadata metadata, FileTree tree, SnapshotLimits limits) {
            super(metadata, tree, limits);
            this.files = files;
        }

        static CorpusSnapshot open(Repo repo, SnapshotLimits limits) {
            try {
                JsonNode meta = JSON.readTree(repo.folder().resolve("meta.json").toFile());
                List<FileEntry> entries = new ArrayList<>();
                for (String line : Files.readAllLines(repo.folder().resolve("tree.tsv"))) {
                    String[] columns = line.split("\t", 3);
                    if (columns.length == 3 && columns[1].equals("blob")) {
                        entries.add(new FileEntry(columns[2], size(columns[0], limits)));
                    }
                }
                RepoMetadata metadata = RepoMetadata.named(repo.name())
                        .withWebUrl(Optional.of("https://github.com/" + repo.name()))
                        .withCommit(Optional.ofNullable(meta.path("commit").textValue()));
                return new CorpusSnapshot(repo.folder().resolve("files"), metadata, new FileTree(entries), limits);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long size(String column, SnapshotLimits limits) {
            try {
                long size = Long.parseLong(column);
                return size < 0 ? limits.maxFileBytes() + 1 : size;
            } catch (NumberFormatException e) {
                return limits.maxFileBytes() + 1;
            }
        }

        @Override
        protected byte[] fetch(FileEntry file) throws IOException {
            Path body = files.resolve(file.path());
            if (!Files.isRegularFile(body)) {
                throw new IOException("the corpus keeps no body for this file");
            }
            return Files.readAllBytes(body);
        }
    }
}
