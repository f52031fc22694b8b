package dev.hireable.rules.tracking;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.CodeSignature;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.rules.context.usage.FileSearch;
import dev.hireable.rules.context.usage.FileSignature;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Experiment tracking: which trackers rules/tracking.yaml knows show up in dependencies, code and configs, whether
 * the code really logs runs with them, and whether run logs were committed. Unlike the other tool modules an import
 * or a dependency counts here (the tool is there), but only a logging call makes {@code usedInCode} true.
 */
public final class TrackingModule implements RuleModule {

    static final String PRESENT = "tracking.present";
    static final String USED_IN_CODE = "tracking.used_in_code";
    static final String TOOLS = "tracking.tools";
    static final String COMMITTED_RUNS = "tracking.committed_runs";

    private static final int EVIDENCE_PER_TOOL = 3;
    private static final int MAX_EVIDENCE = 6;

    /**
     * How one tracker shows itself, in the tool language of every module (code, files, packages) plus what only
     * trackers have: files that log runs and the run logs they write; see the top of rules/tracking.yaml.
     *
     * @param code the imports that show the tool and the calls that log runs with it
     */
    public record Tool(
            CodeSignature code,
            List<FileSignature> files,
            List<String> packages,
            List<FileSignature> loggingFiles,
            List<String> committedRuns) {
        public Tool {
            files = orEmpty(files);
            packages = orEmpty(packages);
            loggingFiles = orEmpty(loggingFiles);
            committedRuns = orEmpty(committedRuns);
            committedRuns.forEach(Glob::of);
            if (code == null
                    && packages.isEmpty()
                    && files.isEmpty()
                    && loggingFiles.isEmpty()
                    && committedRuns.isEmpty()) {
                throw new IllegalArgumentException(
                        "a tool needs at least one of code, files, packages, logging_files " + "or committed_runs");
            }
        }
    }

    /** The vocabulary of rules/tracking.yaml: tool id → how it shows, in the order tools are reported. */
    public record Vocabulary(Map<String, Tool> tools) {
        public Vocabulary {
            if (tools == null || tools.isEmpty()) {
                throw new IllegalArgumentException("'tools' needs at least one tracking tool");
            }
            tools.keySet().forEach(id -> {
                if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
                    throw new IllegalArgumentException(
                            "the tool id '" + id + "' must be lower case letters, digits, - or _");
                }
            });
            tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        }
    }

    /** A tool's patterns joined into one expression each, so the code is searched once per hint, not per pattern. */
    private record CodeSearch(List<String> hints, Optional<RulePattern> imports, Optional<RulePattern> calls) {

        static CodeSearch of(Tool tool) {
            if (tool.code() == null) {
                return new CodeSearch(List.of(), Optional.empty(), Optional.empty());
            }
            return new CodeSearch(
                    tool.code().hints(),
                    RulePattern.anyOf(tool.code().imports()),
                    RulePattern.anyOf(tool.code().calls()));
        }
    }

    /** What was seen of one tool. */
    private record Sighting(String tool, List<Evidence> presence, List<Evidence> logging, List<String> runFiles) {
        boolean present() {
            return !presence.isEmpty() || !logging.isEmpty() || !runFiles.isEmpty();
        }
    }

    private final RuleBook<Vocabulary> book;
    private final Map<String, CodeSearch> searches = new LinkedHashMap<>();

    public TrackingModule(RuleCatalog catalog) {
        this.book = catalog.book("tracking.yaml", Vocabulary.class, ruleIds());
        book.vocabulary().tools().forEach((id, tool) -> searches.put(id, CodeSearch.of(tool)));
    }

    @Override
    public String name() {
        return "tracking";
    }

    static List<String> ruleIds() {
        return List.of(PRESENT, USED_IN_CODE, COMMITTED_RUNS);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        FileIndex index = FileIndex.of(context);
        List<String> undecided = new ArrayList<>();
        context.code().problems().forEach(file -> undecided.add(file.path()));
        List<Sighting> sightings = new ArrayList<>();
        for (Map.Entry<String, Tool> tool : book.vocabulary().tools().entrySet()) {
            Sighting sighting =
                    look(tool.getKey(), tool.getValue(), searches.get(tool.getKey()), context, index, undecided);
            if (sighting.present()) {
                sightings.add(sighting);
            }
        }
        long unreadCount = undecided.stream().distinct().count()
                + context.dependencies().unreadable().size();
        boolean doubt = unreadCount > 0 || context.snapshot().tree().truncated();
        List<Evidence> unread = undecided.stream()
                .distinct()
                .limit(MAX_EVIDENCE)
                .map(Evidence::file)
                .toList();
        Map<String, String> unreadable = Map.of("unreadable", String.valueOf(unreadCount));
        List<Sighting> logging =
                sightings.stream().filter(s -> !s.logging().isEmpty()).toList();

        List<Finding> findings = new ArrayList<>();
        findings.add(
                sightings.isEmpty()
                        ? book.finding(PRESENT, doubt ? Outcome.UNKNOWN : Outcome.FAIL, unread, unreadable)
                        : presentFinding(sightings));
        findings.add(usedInCodeFinding(sightings, logging, doubt, unread, unreadable));
        findings.add(committedRunsFinding(sightings, context));
        List<String> tools = sightings.stream().map(Sighting::tool).toList();
        SignalSet signals = book.signalBuilder()
                .names(TOOLS, tools)
                .flag(
                        USED_IN_CODE,
                        !logging.isEmpty(),
                        logging.stream().map(s -> s.logging().get(0)).toList())
                .build();
        return new ModuleResult(signals, findings);
    }

    private static Sighting look(
            String id, Tool tool, CodeSearch code, RepoContext context, FileIndex index, List<String> undecided) {
        List<Evidence> presence = new ArrayList<>();
        context.dependencies().named(tool.packages()).stream()
                .sorted(Comparator.comparingInt((Dependency d) -> depth(d.path())))
                .limit(EVIDENCE_PER_TOOL)
                .map(Dependency::evidence)
                .forEach(presence::add);
        search(context.code(), code.hints(), code.imports()).stream()
                .map(CodeLine::evidence)
                .forEach(presence::add);
        presence.addAll(hits(context, index, tool.files(), undecided));
        List<Evidence> logging = new ArrayList<>();
        search(context.code(), code.hints(), code.calls()).stream()
                .map(CodeLine::evidence)
                .forEach(logging::add);
        logging.addAll(hits(context, index, tool.loggingFiles(), undecided));
        List<String> runFiles = tool.committedRuns().isEmpty()
                ? List.of()
                : index.matching(tool.committedRuns()).stream()
                        .map(FileEntry::path)
                        .toList();
        return new Sighting(id, presence, logging, runFiles);
    }

    /**
     * Code lines matching the pattern, in code files (or notebook cells) that hold one of the hints; at most a few.
     * No hints: every file is searched.
     */
    private static List<CodeLine> search(CodeIndex code, List<String> hints, Optional<RulePattern> pattern) {
        List<CodeLine> found = new ArrayList<>();
        if (pattern.isEmpty()) {
            return found;
        }
        Set<String> seen = new HashSet<>();
        for (String hint : hints.isEmpty() ? List.of("") : hints) {
            for (CodeLine line : code.find(hint, pattern.get())) {
                if (found.size() < EVIDENCE_PER_TOOL && seen.add(line.path() + "#" + line.cell() + ":" + line.line())) {
                    found.add(line);
                }
            }
        }
        return found;
    }

    private static List<Evidence> hits(
            RepoContext context, FileIndex index, List<FileSignature> signatures, List<String> undecided) {
        List<Evidence> hits = new ArrayList<>();
        for (FileSignature signature : signatures) {
            FileSearch search = FileSearch.of(context, index, signature);
            search.hits().stream().limit(EVIDENCE_PER_TOOL).forEach(hits::add);
            undecided.addAll(search.undecided());
        }
        return hits;
    }

    private Finding presentFinding(List<Sighting> sightings) {
        List<Evidence> evidence = new ArrayList<>();
        for (Sighting sighting : sightings) {
            if (!sighting.presence().isEmpty()) {
                evidence.add(sighting.presence().get(0));
            } else if (!sighting.logging().isEmpty()) {
                evidence.add(sighting.logging().get(0));
            } else {
                evidence.add(Evidence.file(sighting.runFiles().get(0)));
            }
        }
        List<Evidence> shown = evidence.stream().limit(MAX_EVIDENCE).toList();
        return book.finding(
                PRESENT, Outcome.PASS, shown, Map.of("tools", names(sightings), "path", where(shown.get(0))));
    }

    private Finding usedInCodeFinding(
            List<Sighting> sightings,
            List<Sighting> logging,
            boolean doubt,
            List<Evidence> unread,
            Map<String, String> unreadable) {
        if (!logging.isEmpty()) {
            List<Evidence> evidence = logging.stream()
                    .flatMap(s -> s.logging().stream())
                    .limit(MAX_EVIDENCE)
                    .toList();
            return book.finding(
                    USED_IN_CODE,
                    Outcome.PASS,
                    evidence,
                    Map.of("tools", names(logging), "path", where(evidence.get(0))));
        }
        if (doubt) {
            return book.finding(USED_IN_CODE, Outcome.UNKNOWN, unread, unreadable);
        }
        if (sightings.isEmpty()) {
            return book.finding(USED_IN_CODE, Outcome.NOT_APPLICABLE, List.of());
        }
        List<Evidence> declared = sightings.stream()
                .flatMap(s -> s.presence().stream().limit(1))
                .limit(MAX_EVIDENCE)
                .toList();
        return book.finding(USED_IN_CODE, Outcome.FAIL, declared, Map.of("tools", names(sightings)));
    }

    private Finding committedRunsFinding(List<Sighting> sightings, RepoContext context) {
        List<String> runFiles =
                sightings.stream().flatMap(s -> s.runFiles().stream()).toList();
        if (!runFiles.isEmpty()) {
            List<Evidence> evidence =
                    runFiles.stream().limit(MAX_EVIDENCE).map(Evidence::file).toList();
            return book.finding(
                    COMMITTED_RUNS,
                    Outcome.FAIL,
                    evidence,
                    Map.of("files", String.valueOf(runFiles.size()), "path", runFiles.get(0)));
        }
        if (context.snapshot().tree().truncated()) {
            return book.finding(COMMITTED_RUNS, Outcome.UNKNOWN, List.of());
        }
        return book.finding(COMMITTED_RUNS, sightings.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.PASS, List.of());
    }

    private static String names(List<Sighting> sightings) {
        return String.join(", ", sightings.stream().map(Sighting::tool).toList());
    }

    private static String where(Evidence evidence) {
        String path = evidence.path().orElse("");
        return evidence.line() > 0 ? path + ":" + evidence.line() : path;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
