package dev.hireable.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.http.CacheFiles;
import dev.hireable.standard.RepoEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Assessments already made, one JSON file per repository under the cache folder's {@code results/}, so re-auditing
 * a repository that has not changed runs no rule at all. An entry stands in for an audit only when the repository's
 * state (its head commit and everything else the rules read of its metadata), the rules in effect (built-in and
 * overlays, by content) and the hireable version all match; anything else is audited again and overwrites it. A
 * corrupt entry is ignored with a note. Writes go to a temporary file first and are moved into place.
 */
public final class ResultCache {

    /** No cache: nothing is read or written. */
    public static final ResultCache NONE = new ResultCache(Optional.empty(), "", "", note -> {});

    static final int FORMAT = 1;
    /** Made on first use: a {@code dir} audit keeps no results, and a first ObjectMapper is slow to set up. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final Optional<Path> folder;
    private final String tool;
    private final String rules;
    private final Consumer<String> notices;
    private final AtomicBoolean foreignNoted = new AtomicBoolean();
    private final AtomicBoolean writeFailureNoted = new AtomicBoolean();

    /**
     * @param cacheDir the cache folder (the one the HTTP cache uses); empty for no cache
     * @param tool     the hireable version results are tied to
     * @param rules    {@link RuleSources#fingerprint()} of the rules in effect
     */
    public ResultCache(Optional<Path> cacheDir, String tool, String rules, Consumer<String> notices) {
        this.folder = cacheDir.map(dir -> dir.resolve("results"));
        this.tool = tool;
        this.rules = rules;
        this.notices = notices;
    }

    /** Whether results are kept at all ({@link #NONE} keeps none). */
    boolean isEnabled() {
        return folder.isPresent();
    }

    /** The stored assessment of the repository in exactly this state, if there is a trustworthy one. */
    Optional<List<RepoEvidence>> read(RepoMetadata state) {
        if (folder.isEmpty() || state.commit().isEmpty()) {
            return Optional.empty();
        }
        Path file = fileFor(state.id());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String digest = stateDigest(state);
        try (JsonParser in = Json.MAPPER.createParser(file.toFile())) {
            Optional<Entry> entry = Entry.read(in, e -> e.madeBy(tool, rules) && e.holds(state.id(), digest));
            if (entry.isEmpty() || !entry.get().madeBy(tool, rules)) {
                if (foreignNoted.compareAndSet(false, true)) {
                    notices.accept("cached results of other rules or another hireable version were ignored; those "
                            + "repositories are checked again.");
                }
                return Optional.empty();
            }
            if (!entry.get().holds(state.id(), digest)) {
                return Optional.empty();
            }
            if (entry.get().evidence().isEmpty()) {
                throw new IllegalArgumentException("no evidence");
            }
            return Optional.of(List.copyOf(entry.get().evidence()));
        } catch (IOException | RuntimeException e) {
            notices.accept("the cached result of " + state.id() + " is unreadable ("
                    + e.getClass().getSimpleName() + ") and was ignored; it is audited again.");
            return Optional.empty();
        }
    }

    /** A stored entry as read: its format, its header fields (tool, rules, id, state) and its assessments. */
    private record Entry(int format, Map<String, String> header, List<RepoEvidence> evidence) {

        private static final Set<String> HEADER = Set.of("tool", "rules", "id", "state");

        boolean madeBy(String tool, String rules) {
            return format == FORMAT && tool.equals(header.get("tool")) && rules.equals(header.get("rules"));
        }

        boolean holds(String id, String stateDigest) {
            return id.equals(header.get("id")) && stateDigest.equals(header.get("state"));
        }

        /**
         * The entry in the file, its assessments read only if {@code wanted} takes its header, when the header comes
         * first (as it is written): entries of other rules or another state cost no more than their header. Empty when
         * the file holds no JSON object.
         */
        static Optional<Entry> read(JsonParser in, Predicate<Entry> wanted) throws IOException {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Integer format = null;
            Map<String, String> header = new HashMap<>();
            List<RepoEvidence> evidence = List.of();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("format")) {
                    format = value == JsonToken.VALUE_NUMBER_INT ? in.getIntValue() : 0;
                } else if (HEADER.contains(field)) {
                    header.put(field, value == JsonToken.VALUE_STRING ? in.getText() : null);
                    in.skipChildren();
                } else if (field.equals("evidence")) {
                    boolean headerRead = format != null && header.size() == HEADER.size();
                    if (headerRead && !wanted.test(new Entry(format, header, List.of()))) {
                        in.skipChildren();
                    } else {
                        evidence = EvidenceJson.readAll(in);
                    }
                } else {
                    in.skipChildren();
                }
            }
            return Optional.of(new Entry(format == null ? 0 : format, header, evidence));
        }
    }

    /** Stores the assessment of the repository in this state; a failure to write is noted once and costs nothing else. */
    void write(RepoMetadata state, List<RepoEvidence> evidence) {
        if (folder.isEmpty() || state.commit().isEmpty() || evidence.isEmpty()) {
            return;
        }
        ObjectNode entry = Json.MAPPER
                .createObjectNode()
                .put("format", FORMAT)
                .put("tool", tool)
                .put("rules", rules)
                .put("id", state.id())
                .put("commit", state.commit().get())
                .put("state", stateDigest(state));
        ArrayNode units = entry.putArray("evidence");
        evidence.forEach(unit -> units.add(EvidenceJson.write(unit)));
        try {
            CacheFiles.writeAtomically(fileFor(state.id()), out -> Json.MAPPER.writeValue(out, entry));
        } catch (IOException | RuntimeException e) {
            if (writeFailureNoted.compareAndSet(false, true)) {
                notices.accept("could not write results under " + folder.get() + " ("
                        + e.getClass().getSimpleName() + "); the next run checks these repositories again.");
            }
        }
    }

    /** results/HASH.json, from the repository's id (which may hold characters no file name can). */
    Path fileFor(String id) {
        String hash = digest(id.toLowerCase(Locale.ROOT));
        return folder.orElseThrow().resolve(hash.substring(0, 32) + ".json");
    }

    /** The commit and every other field of the metadata the rules may read (homepage, topics, ownership, ...). */
    private static String stateDigest(RepoMetadata state) {
        return digest(EvidenceJson.write(state).toString());
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
