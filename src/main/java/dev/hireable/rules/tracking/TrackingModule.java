package dev.hireable.rules.tracking;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.TrackingSignal;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.Absence;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.CodeSigns;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.FileSign;
import dev.hireable.rules.context.GlobSet;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Experiment tracking: which trackers rules/tracking.yaml knows show up in dependencies, code and configs, whether
 * the code really logs runs with them, and whether run logs were committed.
 */
public final class TrackingModule implements RuleModule<TrackingSignal> {

    static final String PRESENT = "tracking.present";
    static final String USED_IN_CODE = "tracking.used_in_code";
    static final String COMMITTED_RUNS = "tracking.committed_runs";

    private static final int EVIDENCE_PER_TOOL = 3;
    private static final int MAX_EVIDENCE = 6;

    /** How one tracker shows itself; see the comment at the top of rules/tracking.yaml. */
    public record Tool(List<String> packages, List<String> keywords, List<Pattern> imports, List<Pattern> calls,
                       List<FileSign> configs, List<FileSign> loggingConfigs, List<String> committedRuns) {
        public Tool {
            packages = orEmpty(packages);
            keywords = orEmpty(keywords);
            imports = orEmpty(imports);
            calls = orEmpty(calls);
            configs = orEmpty(configs);
            loggingConfigs = orEmpty(loggingConfigs);
            committedRuns = orEmpty(committedRuns);
            committedRuns.forEach(Glob::of);
            if (packages.isEmpty() && imports.isEmpty() && calls.isEmpty() && configs.isEmpty()
                    && loggingConfigs.isEmpty() && committedRuns.isEmpty()) {
                throw new IllegalArgumentException("a tool needs at least one of packages, imports, calls, configs, "
                        + "logging_configs or committed_runs");
            }
        }

        /** The code lines that may hold an import or a call: those with a keyword. */
        List<CodeLine> candidates(RepoContext context) {
            return new CodeSigns(keywords, List.of()).candidates(context.code());
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
                    throw new IllegalArgumentException("the tool id '" + id + "' must be lower case letters, digits, - or _");
                }
            });
            tools = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        }
    }

    /** What was seen of one tool. */
    private record Sighting(String tool, List<Evidence> presence, List<Evidence> logging, List<String> runFiles) {
        boolean present() {
            return !presence.isEmpty() || !logging.isEmpty() || !runFiles.isEmpty();
        }
    }

    private final RuleBook<Vocabulary> book;

    public TrackingModule(RuleCatalog catalog) {
        this.book = catalog.book("tracking.yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public List<String> ruleIds() {
        return List.of(PRESENT, USED_IN_CODE, COMMITTED_RUNS);
    }

    @Override
    public ModuleResult<TrackingSignal> evaluate(RepoContext context) {
        List<String> unreadable = new ArrayList<>(context.dependencies().unreadable());
        List<Sighting> sightings = new ArrayList<>();
        for (Map.Entry<String, Tool> tool : book.vocabulary().tools().entrySet()) {
            Sighting sighting = look(tool.getKey(), tool.getValue(), context, unreadable);
            if (sighting.present()) {
                sightings.add(sighting);
            }
        }
        Optional<String> doubt = Absence.doubt(context, unreadable);
        List<String> tools = sightings.stream().map(Sighting::tool).toList();
        List<Sighting> logging = sightings.stream().filter(s -> !s.logging().isEmpty()).toList();

        List<Finding> findings = new ArrayList<>();
        findings.add(presentFinding(sightings, doubt));
        findings.add(usedInCodeFinding(sightings, logging, doubt));
        findings.add(committedRunsFinding(sightings, context));
        return new ModuleResult<>(new TrackingSignal(tools, !logging.isEmpty()), findings);
    }

    private static Sighting look(String id, Tool tool, RepoContext context, List<String> unreadable) {
        List<Evidence> presence = new ArrayList<>();
        context.dependencies().named(tool.packages()).stream()
                .sorted(Comparator.comparingLong((Dependency d) -> d.path().chars().filter(c -> c == '/').count()))
                .limit(EVIDENCE_PER_TOOL)
                .map(Dependency::evidence).forEach(presence::add);
        List<CodeLine> candidates = tool.imports().isEmpty() && tool.calls().isEmpty() ? List.of() : tool.candidates(context);
        CodeSigns.matching(candidates, tool.imports(), EVIDENCE_PER_TOOL).stream().map(CodeLine::evidence).forEach(presence::add);
        for (FileSign config : tool.configs()) {
            FileSign.Sighting seen = config.look(context);
            seen.evidence().stream().limit(EVIDENCE_PER_TOOL).forEach(presence::add);
            unreadable.addAll(seen.unreadable());
        }
        List<Evidence> logging = new ArrayList<>();
        CodeSigns.matching(candidates, tool.calls(), EVIDENCE_PER_TOOL).stream().map(CodeLine::evidence).forEach(logging::add);
        for (FileSign config : tool.loggingConfigs()) {
            FileSign.Sighting seen = config.look(context);
            seen.evidence().stream().limit(EVIDENCE_PER_TOOL).forEach(logging::add);
            unreadable.addAll(seen.unreadable());
        }
        List<String> runFiles = GlobSet.of(tool.committedRuns()).files(context).stream().map(FileEntry::path).toList();
        return new Sighting(id, presence, logging, runFiles);
    }

    private Finding presentFinding(List<Sighting> sightings, Optional<String> doubt) {
        if (sightings.isEmpty()) {
            return doubt.map(reason -> book.finding(PRESENT, Outcome.UNKNOWN, List.of(), Map.of("reason", reason)))
                    .orElseGet(() -> book.finding(PRESENT, Outcome.FAIL, List.of()));
        }
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
        return book.finding(PRESENT, Outcome.PASS, shown,
                Map.of("tools", names(sightings), "path", where(shown.get(0))));
    }

    private Finding usedInCodeFinding(List<Sighting> sightings, List<Sighting> logging, Optional<String> doubt) {
        if (!logging.isEmpty()) {
            List<Evidence> evidence = logging.stream().flatMap(s -> s.logging().stream()).limit(MAX_EVIDENCE).toList();
            return book.finding(USED_IN_CODE, Outcome.PASS, evidence,
                    Map.of("tools", names(logging), "path", where(evidence.get(0))));
        }
        if (sightings.isEmpty()) {
            return doubt.map(reason -> book.finding(USED_IN_CODE, Outcome.UNKNOWN, List.of(), Map.of("reason", reason)))
                    .orElseGet(() -> book.finding(USED_IN_CODE, Outcome.NOT_APPLICABLE, List.of()));
        }
        List<Evidence> declared = sightings.stream().flatMap(s -> s.presence().stream().limit(1)).limit(MAX_EVIDENCE).toList();
        Map<String, String> values = Map.of("tools", names(sightings), "reason", doubt.orElse(""));
        return book.finding(USED_IN_CODE, doubt.isPresent() ? Outcome.UNKNOWN : Outcome.FAIL, declared, values);
    }

    private Finding committedRunsFinding(List<Sighting> sightings, RepoContext context) {
        List<String> runFiles = sightings.stream().flatMap(s -> s.runFiles().stream()).toList();
        if (!runFiles.isEmpty()) {
            List<Evidence> evidence = runFiles.stream().limit(MAX_EVIDENCE).map(Evidence::file).toList();
            return book.finding(COMMITTED_RUNS, Outcome.FAIL, evidence,
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

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
