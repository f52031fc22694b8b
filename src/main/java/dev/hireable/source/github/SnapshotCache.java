package dev.hireable.source.github;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.source.http.CacheFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Snapshots already read, one gzip'd JSON file per project, so a repository whose head commit has not changed is
 * not read again. An entry is trusted only when its format, the hireable version and the read-policy fingerprint
 * all match; a corrupt or foreign entry is ignored with a note and overwritten after the next read. Writes go to a
 * temporary file first and are moved into place, so a crash never leaves half an entry. Nothing but repository
 * content is stored: no headers, no token.
 */
final class SnapshotCache {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Set<String> HEAD_FIELDS =
            Set.of("format", "tool", "policy", "id", "commit", "branch", "pushedAt");

    /** One stored snapshot. Field names are the file format; only add to them. What says which commit comes first. */
    @JsonPropertyOrder({"format", "tool", "policy", "id", "commit", "branch", "pushedAt"})
    record Entry(
            int format,
            String tool,
            String policy,
            String id,
            String commit,
            String branch,
            String pushedAt,
            boolean truncated,
            List<String> notes,
            List<FileEntry> files,
            Map<String, byte[]> bodies) {

        Entry {
            notes = notes == null ? List.of() : List.copyOf(notes);
            files = files == null ? List.of() : List.copyOf(files);
            bodies = bodies == null ? Map.of() : Map.copyOf(bodies);
        }

        Optional<Instant> pushedAtInstant() {
            try {
                return Optional.ofNullable(pushedAt).map(Instant::parse);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        Entry withPushedAt(Optional<Instant> newPushedAt) {
            return new Entry(
                    format,
                    tool,
                    policy,
                    id,
                    commit,
                    branch,
                    newPushedAt.map(Instant::toString).orElse(null),
                    truncated,
                    notes,
                    files,
                    bodies);
        }
    }

    private final Optional<Path> folder;
    private final String tool;
    private final String policy;
    private final Consumer<String> notices;
    private final AtomicBoolean foreignNoted = new AtomicBoolean();
    private final AtomicBoolean writeFailureNoted = new AtomicBoolean();

    SnapshotCache(Optional<Path> cacheDir, String tool, String policy, Consumer<String> notices) {
        this.folder = cacheDir.map(dir -> dir.resolve("snapshots"));
        this.tool = tool;
        this.policy = policy;
        this.notices = notices;
    }

    Entry entry(
            String id,
            String commit,
            String branch,
            Optional<Instant> pushedAt,
            TreeListing listing,
            Map<String, byte[]> bodies) {
        return new Entry(
                FORMAT,
                tool,
                policy,
                id,
                commit,
                branch,
                pushedAt.map(Instant::toString).orElse(null),
                listing.truncated(),
                listing.notes(),
                listing.files(),
                bodies);
    }

    /** The stored snapshot of a project, if there is a trustworthy one. */
    Optional<Entry> read(RepoRef ref) {
        return read(ref, false);
    }

    /**
     * Which commit and branch the stored snapshot of a project is at, and when it was pushed, without reading its
     * files (the entry has no files or bodies); {@link #read(RepoRef)} reads it whole when it is needed.
     */
    Optional<Entry> head(RepoRef ref) {
        return read(ref, true);
    }

    private Optional<Entry> read(RepoRef ref, boolean headOnly) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path file = fileFor(ref);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Entry entry;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            entry = headOnly ? readHead(in) : JSON.readValue(in, Entry.class);
        } catch (IOException | RuntimeException e) {
            notices.accept("the cached copy of " + ref.id() + " is unreadable ("
                    + e.getClass().getSimpleName() + ") and was ignored; it is read again from GitHub.");
            return Optional.empty();
        }
        if (entry == null || entry.format() != FORMAT || !tool.equals(entry.tool()) || !policy.equals(entry.policy())) {
            if (foreignNoted.compareAndSet(false, true)) {
                notices.accept("cached snapshots written by another hireable version or read policy were ignored; "
                        + "those repositories are read again from GitHub.");
            }
            return Optional.empty();
        }
        if (!ref.id().equalsIgnoreCase(String.valueOf(entry.id()))
                || entry.commit() == null
                || !entry.commit().matches("[0-9a-f]{40}")) {
            notices.accept("the cached copy of " + ref.id() + " does not match its name and was ignored.");
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /**
     * The fields before the files: reads on until it has them all (the first ones, in entries written so), into an
     * entry without files or bodies. A field of another type reads as if it were absent.
     */
    private static Entry readHead(InputStream in) throws IOException {
        Map<String, Object> head = new HashMap<>();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the entry is not a JSON object");
            }
            while (head.size() < HEAD_FIELDS.size() && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (HEAD_FIELDS.contains(name)) {
                    // a value of another kind is kept as null: read, and absent
                    head.put(
                            name,
                            switch (value) {
                                case VALUE_STRING -> parser.getText();
                                case VALUE_NUMBER_INT -> parser.getIntValue();
                                default -> null;
                            });
                }
                parser.skipChildren();
            }
        }
        return new Entry(
                head.get("format") instanceof Integer format ? format : 0,
                text(head, "tool"),
                text(head, "policy"),
                text(head, "id"),
                text(head, "commit"),
                text(head, "branch"),
                text(head, "pushedAt"),
                false,
                List.of(),
                List.of(),
                Map.of());
    }

    private static String text(Map<String, Object> head, String field) {
        return head.get(field) instanceof String text ? text : null;
    }

    void write(Entry entry, RepoRef ref) {
        if (folder.isEmpty()) {
            return;
        }
        Path file = fileFor(ref);
        try {
            CacheFiles.writeAtomically(file, out -> {
                try (OutputStream zipped = new GZIPOutputStream(out)) {
                    JSON.writeValue(zipped, entry);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (writeFailureNoted.compareAndSet(false, true)) {
                notices.accept("could not write the cache under " + folder.get() + " ("
                        + e.getClass().getSimpleName() + "); the next run reads these repositories again.");
            }
        }
    }

    /** Where a project's entry lives: snapshots/owner/name.json.gz, or name~HASH.json.gz for a folder project. */
    Path fileFor(RepoRef ref) {
        String owner = ref.owner().toLowerCase(Locale.ROOT);
        String name = ref.name().toLowerCase(Locale.ROOT)
                + ref.path().map(p -> "~" + shortHash(p)).orElse("");
        return folder.orElseThrow().resolve(owner).resolve(name + ".json.gz");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
