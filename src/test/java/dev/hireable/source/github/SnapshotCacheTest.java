package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.snapshot.FileEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored snapshot's head (which commit, branch and push it is of) read without its files, and trusted only when it should be. */
class SnapshotCacheTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final RepoRef REF = new RepoRef("jdoe", "churn", Optional.empty());
    private static final String COMMIT = "f514b97b95c2eb21e513b8ec1665b969b8b6f026";

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    @Test
    void theHeadIsTheWholeEntryWithoutItsFiles() {
        SnapshotCache cache = cache("0.2.0");
        cache.write(entry(cache), REF);

        SnapshotCache.Entry head = cache.head(REF).orElseThrow();
        SnapshotCache.Entry whole = cache.read(REF).orElseThrow();

        assertThat(head.commit()).isEqualTo(COMMIT).isEqualTo(whole.commit());
        assertThat(head.branch()).isEqualTo("main").isEqualTo(whole.branch());
        assertThat(head.id()).isEqualTo("jdoe/churn");
        assertThat(head.pushedAtInstant()).contains(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(head.files()).isEmpty();
        assertThat(head.bodies()).isEmpty();
        assertThat(whole.files()).extracting(FileEntry::path).containsExactly("README.md");
        assertThat(new String(whole.bodies().get("README.md"), StandardCharsets.UTF_8))
                .isEqualTo("# Churn\n");
        assertThat(notes).isEmpty();
    }

    @Test
    void anEntryOfAnotherVersionOrAnotherRepositoryIsNotTrusted() throws IOException {
        cache("0.1.0").write(entry(cache("0.1.0")), REF);
        assertThat(cache("0.2.0").head(REF)).isEmpty();
        assertThat(notes).singleElement().asString().contains("another hireable version");

        notes.clear();
        SnapshotCache cache = cache("0.2.0");
        cache.write(entry(cache), REF);
        rewrite(cache, entry -> entry.put("id", "someone/else"));
        assertThat(cache.head(REF)).isEmpty();
        assertThat(notes).singleElement().asString().contains("does not match its name");

        notes.clear();
        rewrite(cache, entry -> entry.put("id", "jdoe/churn").putArray("commit").add(COMMIT));
        assertThat(cache.head(REF)).isEmpty();
        assertThat(notes).singleElement().asString().contains("does not match its name");
    }

    @Test
    void aCorruptEntryIsUnreadableAndIgnored() throws IOException {
        SnapshotCache cache = cache("0.2.0");
        cache.write(entry(cache), REF);
        Files.write(cache.fileFor(REF), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});

        assertThat(cache.head(REF)).isEmpty();

        assertThat(notes).singleElement().asString().contains("is unreadable");
    }

    private SnapshotCache cache(String tool) {
        return new SnapshotCache(Optional.of(folder), tool, "policy-1", notes::add);
    }

    private static SnapshotCache.Entry entry(SnapshotCache cache) {
        return cache.entry(
                "jdoe/churn",
                COMMIT,
                "main",
                Optional.of(Instant.parse("2026-11-30T10:00:00Z")),
                new TreeListing(List.of(new FileEntry("README.md", 8)), false, List.of()),
                Map.of("README.md", "# Churn\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static void rewrite(SnapshotCache cache, Consumer<ObjectNode> change) throws IOException {
        Path file = cache.fileFor(REF);
        ObjectNode entry;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            entry = (ObjectNode) JSON.readTree(in);
        }
        change.accept(entry);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            JSON.writeValue(out, entry);
        }
    }
}
