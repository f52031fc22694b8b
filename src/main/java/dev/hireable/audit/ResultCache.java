package dev.hireable.audit;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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
        try {
            JsonNode entry = Json.MAPPER.readTree(file.toFile());
            if (entry == null
                    || entry.path("format").asInt() != FORMAT
                    || !tool.equals(entry.path("tool").asText())
                    || !rules.equals(entry.path("rules").asText())) {
                if (foreignNoted.compareAndSet(false, true)) {
                    notices.accept("cached results of other rules or another hireable version were ignored; those "
                            + "repositories are checked again.");
                }
                return Optional.empty();
            }
            if (!state.id().equals(entry.path("id").asText())
                    || !stateDigest(state).equals(entry.path("state").asText())) {
                return Optional.empty();
            }
            List<RepoEvidence> evidence = new ArrayList<>();
            JsonNode units = entry.get("evidence");
            if (units == null || !units.isArray() || units.isEmpty()) {
                throw new IllegalArgumentException("no evidence");
            }
            units.forEach(unit -> evidence.add(EvidenceJson.read(unit)));
            return Optional.of(List.copyOf(evidence));
        } catch (IOException | RuntimeException e) {
            notices.accept("the cached result of " + state.id() + " is unreadable ("
                    + e.getClass().getSimpleName() + ") and was ignored; it is audited again.");
            return Optional.empty();
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
