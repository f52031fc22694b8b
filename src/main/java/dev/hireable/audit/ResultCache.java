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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
    /** What each subject had when it was last audited: one list of repositories per subject. */
    private final Optional<Path> subjects;

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
        this.subjects = cacheDir.map(dir -> dir.resolve("subjects"));
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
            Optional<Entry> entry = load(file);
            if (entry.isEmpty()) {
                if (foreignNoted.compareAndSet(false, true)) {
                    notices.accept("cached results of other rules or another hireable version were ignored; those "
                            + "repositories are checked again.");
                }
                return Optional.empty();
            }
            return entry.filter(e -> e.isOf(state)).map(Entry::evidence);
        } catch (IOException | RuntimeException e) {
            notices.accept("the cached result of " + state.id() + " is unreadable ("
                    + e.getClass().getSimpleName() + ") and was ignored; it is audited again.");
            return Optional.empty();
        }
    }

    /** A stored assessment made by these rules and this hireable version. */
    private record Entry(String id, String state, List<RepoEvidence> evidence) {
        boolean isOf(RepoMetadata repo) {
            return id.equals(repo.id()) && state.equals(stateDigest(repo));
        }
    }

    /** The entry in a file; empty when other rules or another version made it. Throws when it cannot be read. */
    private Optional<Entry> load(Path file) throws IOException {
        JsonNode entry = Json.MAPPER.readTree(file.toFile());
        if (entry == null
                || entry.path("format").asInt() != FORMAT
                || !tool.equals(entry.path("tool").asText())
                || !rules.equals(entry.path("rules").asText())) {
            return Optional.empty();
        }
        List<RepoEvidence> evidence = new ArrayList<>();
        JsonNode units = entry.get("evidence");
        if (units == null || !units.isArray() || units.isEmpty()) {
            throw new IllegalArgumentException("no evidence");
        }
        units.forEach(unit -> evidence.add(EvidenceJson.read(unit)));
        return Optional.of(
                new Entry(entry.path("id").asText(), entry.path("state").asText(), List.copyOf(evidence)));
    }

    /**
     * Starts reading, on a thread of its own, the stored results of the repositories the subject had when it was last
     * audited (see {@link #remember}), so that they are at hand when the listing of its repositories arrives: a warm
     * re-audit then spends the listing's round trip reading them instead of waiting. What it reads is used only for a
     * repository in the very state stored, as {@link #read} would; for anything else that one is asked.
     */
    ReadAhead readAhead(Subject subject) {
        if (folder.isEmpty()) {
            return new ReadAhead(this, CompletableFuture.completedFuture(Map.of()));
        }
        CompletableFuture<Map<String, Entry>> entries = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        entries.complete(loadListed(subjectFile(subject)));
                    } catch (Throwable e) {
                        entries.complete(Map.of());
                    }
                },
                "hireable-read-ahead");
        reader.setDaemon(true);
        reader.start();
        return new ReadAhead(this, entries);
    }

    /** The entries of the repositories a subject file lists that can be read; nothing is noted. */
    private Map<String, Entry> loadListed(Path list) throws IOException {
        if (!Files.isRegularFile(list)) {
            return Map.of();
        }
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        Files.readAllLines(list, StandardCharsets.UTF_8).parallelStream()
                .filter(id -> !id.isBlank())
                .distinct()
                .forEach(id -> {
                    try {
                        Path file = fileFor(id);
                        if (Files.isRegularFile(file)) {
                            load(file).filter(e -> e.id().equals(id)).ifPresent(e -> entries.put(id, e));
                        }
                    } catch (IOException | RuntimeException e) {
                        // read again, and noted, when its repository is asked for
                    }
                });
        return entries;
    }

    /** The results read ahead for one audit (see {@link #readAhead}). */
    static final class ReadAhead {
        private final ResultCache cache;
        private final CompletableFuture<Map<String, Entry>> entries;

        private ReadAhead(ResultCache cache, CompletableFuture<Map<String, Entry>> entries) {
            this.cache = cache;
            this.entries = entries;
        }

        /** As {@link ResultCache#read}, from what was read ahead when it holds the repository in this state. */
        Optional<List<RepoEvidence>> read(RepoMetadata state) {
            Entry entry = entries.join().get(state.id());
            if (entry != null && entry.isOf(state)) {
                return Optional.of(entry.evidence());
            }
            return cache.read(state);
        }
    }

    /**
     * Notes which repositories the subject has, for the next audit of it to read ahead; written only when they
     * changed, and a failure to write costs only the reading ahead.
     */
    void remember(Subject subject, List<String> ids) {
        if (folder.isEmpty()) {
            return;
        }
        Path list = subjectFile(subject);
        String content = ids.stream().map(id -> id + "\n").collect(Collectors.joining());
        try {
            if (Files.isRegularFile(list)
                    && Files.readString(list, StandardCharsets.UTF_8).equals(content)) {
                return;
            }
            CacheFiles.writeAtomically(list, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // the next audit reads each result when it is asked for, as without a list
        }
    }

    /** subjects/HASH.txt: the repositories a subject had when it was last audited, one id a line. */
    Path subjectFile(Subject subject) {
        String hash = digest(subject.kind().id() + ":" + subject.id().toLowerCase(Locale.ROOT));
        return subjects.orElseThrow().resolve(hash.substring(0, 32) + ".txt");
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
