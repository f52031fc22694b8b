package dev.hireable.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labelled corpus of real ML portfolio repositories: a reviewer's labels (labels-dev.json, beside the project in
 * {@code hireable.shared.dir}) and the repositories themselves, whole and code included, laid out one folder each
 * ({@code OWNER__NAME}) under {@code $HIREABLE_CORPUS} (default {@code ${java.io.tmpdir}/hireable-corpus}) by the
 * corpus tools. It is test input on a developer's machine only: tests using it skip themselves when
 * {@link #available()} is false, as on a fresh clone.
 */
public final class Corpus {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One labelled repository: {@code owner/name}, its folder, and the reviewer's labels. */
    public record Repo(String name, Path folder, JsonNode labels) {

        /** The repository as a local audit reads it. */
        public Snapshot open(SnapshotLimits limits) {
            return LocalDirectorySnapshot.open(folder, folder.getFileName().toString(), limits);
        }
    }

    private Corpus() {}

    /** The shared folder: the system property {@code hireable.shared.dir}, else ../shared. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("hireable.shared.dir", "../shared"))
                .toAbsolutePath()
                .normalize();
    }

    public static Path labelsFile() {
        return sharedDir().resolve("corpus").resolve("labels-dev.json");
    }

    /** Where the repositories are laid out: {@code $HIREABLE_CORPUS}, else {@code ${java.io.tmpdir}/hireable-corpus}. */
    public static Path checkouts() {
        String configured = System.getenv("HIREABLE_CORPUS");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "hireable-corpus");
    }

    /** Whether the labels and at least one laid-out repository are here. */
    public static boolean available() {
        return Files.isRegularFile(labelsFile()) && Files.isDirectory(checkouts()) && !repos().isEmpty();
    }

    /** The labelled repositories that are laid out, in the labels' order. */
    public static List<Repo> repos() {
        if (!Files.isRegularFile(labelsFile())) {
            return List.of();
        }
        try {
            List<Repo> repos = new ArrayList<>();
            for (JsonNode label : JSON.readTree(labelsFile().toFile())) {
                String name = label.path("repo").asText();
                Path folder = checkouts().resolve(name.replace("/", "__"));
                if (Files.isDirectory(folder)) {
                    repos.add(new Repo(name, folder, label));
                }
            }
            return repos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Repo> repo(String name) {
        return repos().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
