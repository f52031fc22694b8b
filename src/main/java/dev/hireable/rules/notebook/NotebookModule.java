package dev.hireable.rules.notebook;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Phrases;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notebook-only projects: notebooks, and no code outside them that carries the work: no script that trains, serves or
 * runs a pipeline step, and no package of real modules. Trivial scripts (an empty __init__.py, a setup.py, a short
 * helper) leave a project notebook-only. The signal is {@code true} for a notebook graveyard.
 */
public final class NotebookModule implements RuleModule {

    static final String ONLY = "notebook.only";
    static final String TRAINING_CODE = "notebook.training_code";
    private static final int TRAINING_EVIDENCE = 2;
    private static final int EVIDENCE_LIMIT = 5;
    private static final int LISTED = 3;

    /**
     * The vocabulary of rules/notebook.yaml.
     *
     * @param pipelineCalls calls that run a step of a pipeline: a DAG or flow, a batch prediction
     * @param realPackage   when scripts outside the notebooks make a real package rather than a few helpers
     */
    public record Vocabulary(
            List<String> notPipelineScripts,
            List<CodeCue> trainingCalls,
            List<CodeCue> servingCalls,
            List<CodeCue> pipelineCalls,
            RealPackage realPackage,
            List<String> scriptNames,
            Phrases phrases) {
        private static final Map<String, Set<String>> PHRASES = Map.of(
                "trains",
                Set.of(),
                "serves",
                Set.of(),
                "runs",
                Set.of(),
                "package",
                Set.of(),
                "named",
                Set.of(),
                "scripts",
                Set.of(),
                "unread_scripts",
                Set.of("count", "path"),
                "truncated",
                Set.of(),
                "malformed",
                Set.of("notebooks"),
                "more",
                Set.of("count"));

        public Vocabulary {
            notPipelineScripts = List.copyOf(notPipelineScripts == null ? List.of() : notPipelineScripts);
            notPipelineScripts.forEach(Glob::of);
            trainingCalls = nonEmpty(trainingCalls, "training_calls");
            servingCalls = nonEmpty(servingCalls, "serving_calls");
            pipelineCalls = pipelineCalls == null ? List.of() : List.copyOf(pipelineCalls);
            if (realPackage == null) {
                throw new IllegalArgumentException("'real_package' is required");
            }
            scriptNames = List.copyOf(scriptNames == null ? List.of() : scriptNames);
            scriptNames.forEach(Glob::of);
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases).require(PHRASES, "phrases");
        }

        private static <T> List<T> nonEmpty(List<T> values, String key) {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' needs at least one pattern");
            }
            return List.copyOf(values);
        }
    }

    private final RuleBook<Vocabulary> book;

    public NotebookModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "notebook";
    }

    static List<String> ruleIds() {
        return List.of(ONLY);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Finding finding = notebookOnly(context);
        List<Evidence> training =
                CodeCue.scan(context.code(), book.vocabulary().trainingCalls(), TRAINING_EVIDENCE).stream()
                        .map(CodeLine::evidence)
                        .toList();
        SignalSet.Builder signals = book.signalBuilder()
                .flag(ONLY, finding.is(Outcome.FAIL), finding.is(Outcome.FAIL) ? finding.evidence() : List.of())
                .flag(TRAINING_CODE, !training.isEmpty(), training);
        if (training.isEmpty() && !context.code().problems().isEmpty()) {
            signals.unknown(TRAINING_CODE);
        }
        return new ModuleResult(signals.build(), finding);
    }

    private Finding notebookOnly(RepoContext context) {
        Vocabulary vocabulary = book.vocabulary();
        List<FileEntry> notebooks = context.files(context.sources().notebookGlobs());
        List<Glob> excluded =
                vocabulary.notPipelineScripts().stream().map(Glob::of).toList();
        List<FileEntry> scripts = context.files(context.sources().codeGlobs()).stream()
                .filter(f -> excluded.stream().noneMatch(g -> g.matches(f.path())))
                .toList();
        if (notebooks.isEmpty()) {
            if (scripts.isEmpty()) {
                return book.finding(ONLY, Outcome.NOT_APPLICABLE, List.of());
            }
            return pass(
                    scripts.get(0).path(),
                    vocabulary.phrases().get("scripts"),
                    Evidence.file(scripts.get(0).path()));
        }
        Set<String> scriptPaths = scripts.stream().map(FileEntry::path).collect(Collectors.toSet());
        Map<String, List<CodeCue>> calls = new LinkedHashMap<>();
        calls.put("trains", vocabulary.trainingCalls());
        calls.put("serves", vocabulary.servingCalls());
        calls.put("runs", vocabulary.pipelineCalls());
        Map<String, List<CodeLine>> found =
                CodeCue.scan(context.code(), calls, line -> !line.inNotebook() && scriptPaths.contains(line.path()), 1);
        if (!found.isEmpty()) {
            Map.Entry<String, List<CodeLine>> first =
                    found.entrySet().iterator().next();
            CodeLine line = first.getValue().get(0);
            List<Evidence> evidence = found.values().stream()
                    .map(lines -> lines.get(0).evidence())
                    .toList();
            return book.finding(
                    ONLY,
                    Outcome.PASS,
                    evidence,
                    Map.of("path", line.path(), "role", vocabulary.phrases().get(first.getKey())));
        }
        Optional<String> module = vocabulary.realPackage().firstModule(scripts, context.code());
        if (module.isPresent()) {
            return pass(module.get(), vocabulary.phrases().get("package"), Evidence.file(module.get()));
        }
        List<String> unreadScripts = context.code().problems().stream()
                .filter(f -> !f.notebook() && scriptPaths.contains(f.path()))
                .map(CodeIndex.CodeFile::path)
                .toList();
        List<Glob> names = vocabulary.scriptNames().stream().map(Glob::of).toList();
        List<String> named = unreadScripts.stream()
                .filter(p -> names.stream().anyMatch(g -> g.matches(p)))
                .toList();
        if (!named.isEmpty()) {
            return pass(named.get(0), vocabulary.phrases().get("named"), Evidence.file(named.get(0)));
        }
        if (!unreadScripts.isEmpty()) {
            return unknown(
                    vocabulary
                            .phrases()
                            .fill(
                                    "unread_scripts",
                                    Map.of(
                                            "count",
                                            String.valueOf(unreadScripts.size()),
                                            "path",
                                            unreadScripts.get(0))),
                    unreadScripts);
        }
        if (context.snapshot().tree().truncated()) {
            return unknown(vocabulary.phrases().get("truncated"), List.of());
        }
        List<String> malformed = malformedNotebooks(context, notebooks);
        List<FileEntry> genuine =
                notebooks.stream().filter(n -> !malformed.contains(n.path())).toList();
        if (genuine.isEmpty()) {
            return unknown(
                    vocabulary.phrases().fill("malformed", Map.of("notebooks", String.join(", ", malformed))),
                    malformed);
        }
        List<Evidence> evidence = genuine.stream()
                .limit(EVIDENCE_LIMIT)
                .map(n -> Evidence.file(n.path()))
                .toList();
        String listed = genuine.stream().limit(LISTED).map(FileEntry::path).collect(Collectors.joining(", "))
                + (genuine.size() > LISTED
                        ? vocabulary.phrases().fill("more", Map.of("count", String.valueOf(genuine.size() - LISTED)))
                        : "");
        return book.finding(ONLY, Outcome.FAIL, evidence, Map.of("notebooks", listed));
    }

    /** Notebooks that were read as text but are not valid notebook JSON. Unread ones (too large, not kept) still count. */
    private static List<String> malformedNotebooks(RepoContext context, List<FileEntry> notebooks) {
        Set<String> problems = context.code().problems().stream()
                .filter(CodeIndex.CodeFile::notebook)
                .map(CodeIndex.CodeFile::path)
                .collect(Collectors.toSet());
        return notebooks.stream()
                .map(FileEntry::path)
                .filter(problems::contains)
                .filter(p -> context.snapshot().read(p) instanceof FileContent.Text)
                .toList();
    }

    private Finding pass(String path, String role, Evidence evidence) {
        return book.finding(ONLY, Outcome.PASS, List.of(evidence), Map.of("path", path, "role", role));
    }

    private Finding unknown(String reason, List<String> paths) {
        List<Evidence> evidence =
                paths.stream().limit(EVIDENCE_LIMIT).map(Evidence::file).toList();
        return book.finding(
                ONLY,
                Outcome.UNKNOWN,
                evidence.isEmpty() ? List.of(Evidence.file(".")) : evidence,
                Map.of("reason", reason));
    }
}
