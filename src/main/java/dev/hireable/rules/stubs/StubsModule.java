package dev.hireable.rules.stubs;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileSignature;
import dev.hireable.snapshot.Glob;
import java.util.List;
import java.util.Map;

/**
 * Stubs and placeholders, as rules/stubs.yaml describes them: training and serving code that does nothing, template
 * values left in manifests and configs, notebooks committed with no cell run. Each is a rule and a list signal.
 */
public final class StubsModule implements RuleModule {

    static final String CODE = "stubs.code";
    static final String PLACEHOLDERS = "stubs.placeholders";
    static final String NOTEBOOKS = "stubs.notebooks";
    private static final int LISTED = 5;
    private static final int NOTEBOOK_EVIDENCE = 5;

    /**
     * The vocabulary of rules/stubs.yaml.
     *
     * @param functionHint a lower-case literal every line {@code functions} matches contains; other lines are not read
     * @param emptyFiles   the files that are stubs when empty, by the part of the project they stand for
     */
    public record Vocabulary(
            String functionHint,
            List<RulePattern> functions,
            List<CodeCue> simulated,
            List<RulePattern> stubStatements,
            List<RulePattern> abstractDecorators,
            List<RulePattern> abstractClasses,
            RulePattern abstractRaise,
            List<String> notStubFiles,
            Map<String, List<String>> emptyFiles,
            int emptyFilesMaxBytes,
            Placeholders placeholders,
            Notebooks notebooks) {
        public Vocabulary {
            if (functionHint == null || functionHint.isBlank()) {
                throw new IllegalArgumentException("'function_hint' is required");
            }
            functions = nonEmpty(functions, "functions");
            simulated = copy(simulated);
            simulated.stream()
                    .filter(cue -> cue.pattern().matcher("").groupCount() < 1)
                    .findFirst()
                    .ifPresent(cue -> {
                        throw new IllegalArgumentException(
                                "the 'simulated' pattern '" + cue.regex() + "' must capture the name in group 1");
                    });
            stubStatements = nonEmpty(stubStatements, "stub_statements");
            abstractDecorators = copy(abstractDecorators);
            abstractClasses = copy(abstractClasses);
            if (abstractRaise == null || placeholders == null || notebooks == null) {
                throw new IllegalArgumentException("'abstract_raise', 'placeholders' and 'notebooks' are required");
            }
            notStubFiles = globs(notStubFiles);
            Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
            (emptyFiles == null ? Map.<String, List<String>>of() : emptyFiles)
                    .forEach((part, globs) -> parts.put(part, globs(globs)));
            emptyFiles = java.util.Collections.unmodifiableMap(parts);
            if (emptyFilesMaxBytes < 0) {
                throw new IllegalArgumentException("'empty_files_max_bytes' cannot be negative");
            }
        }
    }

    /**
     * Template values in manifests and configs.
     *
     * @param comment      a line this matches is a comment and is not read
     * @param values       what a placeholder looks like; the match is the value reported
     * @param notValues    a matched value this finds is not a placeholder left behind (a secret's)
     * @param substitution a line this matches fills placeholders in: the values on it are template variables
     */
    public record Placeholders(
            List<String> files,
            List<String> notFiles,
            RulePattern comment,
            List<CodeCue> values,
            List<RulePattern> notValues,
            RulePattern substitution) {
        public Placeholders {
            files = globs(files);
            notFiles = globs(notFiles);
            values = nonEmpty(values, "values");
            notValues = copy(notValues);
            if (comment == null || substitution == null) {
                throw new IllegalArgumentException("'comment' and 'substitution' are required");
            }
        }
    }

    /**
     * Notebooks committed unrun.
     *
     * @param ran      text every notebook that ran holds (an execution count): only the others are parsed
     * @param stripped files that show outputs are stripped on purpose
     */
    public record Notebooks(int minCodeCells, RulePattern ran, List<String> notFiles, List<FileSignature> stripped) {
        public Notebooks {
            if (minCodeCells < 1 || ran == null) {
                throw new IllegalArgumentException("'min_code_cells' must be at least 1 and 'ran' is required");
            }
            notFiles = globs(notFiles);
            stripped = copy(stripped);
        }
    }

    private final RuleBook<Vocabulary> book;
    private final StubCode stubCode;
    private final TemplatePlaceholders placeholders;
    private final UnrunNotebooks notebooks;

    public StubsModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, List.of(CODE, PLACEHOLDERS, NOTEBOOKS));
        this.stubCode = new StubCode(book.vocabulary());
        this.placeholders = new TemplatePlaceholders(book.vocabulary().placeholders());
        this.notebooks = new UnrunNotebooks(book.vocabulary().notebooks());
    }

    @Override
    public String name() {
        return "stubs";
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        List<StubCode.Stub> stubs = stubCode.find(context);
        TemplatePlaceholders.Found values = placeholders.find(context);
        UnrunNotebooks.Found unrun = notebooks.find(context);
        List<Evidence> stubEvidence =
                stubs.stream().map(StubCode.Stub::evidence).toList();
        List<Evidence> notebookEvidence = unrun.unrun().stream()
                .limit(NOTEBOOK_EVIDENCE)
                .map(Evidence::file)
                .toList();
        SignalSet signals = book.signalBuilder()
                .names(CODE, stubs.stream().map(StubCode.Stub::name).toList(), stubEvidence)
                .names(PLACEHOLDERS, values.values(), values.evidence())
                .names(NOTEBOOKS, unrun.unrun(), notebookEvidence)
                .build();
        return new ModuleResult(
                signals,
                List.of(
                        codeFinding(context, stubs, stubEvidence),
                        placeholderFinding(values),
                        notebookFinding(unrun, notebookEvidence)));
    }

    private Finding codeFinding(RepoContext context, List<StubCode.Stub> stubs, List<Evidence> evidence) {
        if (!stubs.isEmpty()) {
            return book.finding(
                    CODE,
                    Outcome.FAIL,
                    evidence,
                    Map.of(
                            "count",
                            String.valueOf(stubs.size()),
                            "stubs",
                            listed(stubs.stream().map(StubCode.Stub::name).toList())));
        }
        boolean anyCode = context.code().files().stream().anyMatch(file -> !file.notebook());
        return book.finding(CODE, anyCode ? Outcome.PASS : Outcome.NOT_APPLICABLE, List.of());
    }

    private Finding placeholderFinding(TemplatePlaceholders.Found found) {
        if (!found.values().isEmpty()) {
            List<String> files = found.evidence().stream()
                    .map(e -> e.path().orElseThrow())
                    .distinct()
                    .toList();
            return book.finding(
                    PLACEHOLDERS,
                    Outcome.FAIL,
                    found.evidence(),
                    Map.of("values", listed(found.values()), "files", listed(files)));
        }
        return book.finding(PLACEHOLDERS, found.anyFile() ? Outcome.PASS : Outcome.NOT_APPLICABLE, List.of());
    }

    private Finding notebookFinding(UnrunNotebooks.Found found, List<Evidence> evidence) {
        if (!found.unrun().isEmpty()) {
            return book.finding(
                    NOTEBOOKS,
                    Outcome.FAIL,
                    evidence,
                    Map.of("count", String.valueOf(found.unrun().size()), "notebooks", listed(found.unrun())));
        }
        return book.finding(NOTEBOOKS, found.checked() > 0 ? Outcome.PASS : Outcome.NOT_APPLICABLE, List.of());
    }

    private static String listed(List<String> items) {
        String shown = String.join(", ", items.stream().limit(LISTED).toList());
        return items.size() > LISTED ? shown + ", …" : shown;
    }

    private static <T> List<T> nonEmpty(List<T> values, String key) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' needs at least one entry");
        }
        return List.copyOf(values);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> globs(List<String> globs) {
        List<String> copied = copy(globs);
        copied.forEach(Glob::of);
        return copied;
    }
}
