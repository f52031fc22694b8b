package dev.hireable.rules.eval_on_train;

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
import dev.hireable.rules.context.CodeStatement;
import dev.hireable.rules.context.Phrases;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluated on what it trained on, as rules/eval_on_train.yaml describes it: a model fitted on variables and scored on
 * the very same ones in the same file, with no split in between and no score on other data.
 */
public final class EvalOnTrainModule implements RuleModule {

    static final String HELD_OUT = "eval_on_train.held_out";
    static final String FILES = "eval_on_train.files";

    /** The vocabulary of rules/eval_on_train.yaml: Python names, and the splits that clear a case. */
    public record Vocabulary(
            List<String> fitMethods,
            List<String> predictMethods,
            List<String> scoreMethods,
            List<String> metrics,
            List<RulePattern> splits,
            List<String> notFiles,
            Phrases phrases) {
        private static final Map<String, Set<String>> PHRASES =
                Map.of("line", Set.of("number"), "cell", Set.of("number"));

        public Vocabulary {
            fitMethods = names(fitMethods, "fit_methods");
            predictMethods = names(predictMethods, "predict_methods");
            scoreMethods = names(scoreMethods, "score_methods");
            metrics = names(metrics, "metrics");
            splits = splits == null ? List.of() : List.copyOf(splits);
            notFiles = notFiles == null ? List.of() : List.copyOf(notFiles);
            notFiles.forEach(Glob::of);
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases).require(PHRASES, "phrases");
        }

        private static List<String> names(List<String> names, String key) {
            if (names == null || names.isEmpty() || names.stream().anyMatch(n -> !n.matches("[A-Za-z_]\\w*"))) {
                throw new IllegalArgumentException("'" + key + "' needs at least one Python name");
            }
            return List.copyOf(names);
        }
    }

    private final RuleBook<Vocabulary> book;
    private final FitScoreTrace trace;
    private final List<Glob> notFiles;
    private final RulePattern fitCall;

    public EvalOnTrainModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, List.of(HELD_OUT));
        this.trace = new FitScoreTrace(book.vocabulary());
        this.notFiles = book.vocabulary().notFiles().stream().map(Glob::of).toList();
        // the names are Python identifiers (checked when bound), so they need no quoting and give the search its hints
        this.fitCall = RulePattern.compile(
                "\\.(?:" + String.join("|", book.vocabulary().fitMethods()) + ")\\s*\\(");
    }

    @Override
    public String name() {
        return "eval_on_train";
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        CodeIndex code = context.code();
        Set<String> fitting = new LinkedHashSet<>();
        code.find(fitCall).stream()
                .map(CodeLine::path)
                .filter(path -> notFiles.stream().noneMatch(glob -> glob.matches(path)))
                .forEach(fitting::add);
        List<FitScoreTrace.Hit> hits = new ArrayList<>();
        for (String path : fitting) {
            trace.find(CodeStatement.of(code.lines(path))).ifPresent(hits::add);
        }
        List<Evidence> evidence = new ArrayList<>();
        hits.forEach(hit -> {
            evidence.add(hit.fit().first().evidence());
            evidence.add(hit.score().first().evidence());
        });
        SignalSet signals = book.signalBuilder()
                .names(FILES, hits.stream().map(hit -> hit.fit().first().path()).toList(), evidence)
                .build();
        return new ModuleResult(signals, finding(fitting, hits, evidence));
    }

    private Finding finding(Set<String> fitting, List<FitScoreTrace.Hit> hits, List<Evidence> evidence) {
        if (hits.isEmpty()) {
            return book.finding(HELD_OUT, fitting.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.PASS, List.of());
        }
        FitScoreTrace.Hit first = hits.get(0);
        return book.finding(
                HELD_OUT,
                Outcome.FAIL,
                evidence,
                Map.of(
                        "path",
                        first.fit().first().path(),
                        "fit_at",
                        place(first.fit().first()),
                        "score_at",
                        place(first.score().first())));
    }

    /** Where a line is, as a reader finds it: its number in a script, its cell in a notebook. */
    private String place(CodeLine line) {
        return line.inNotebook()
                ? book.vocabulary().phrases().fill("cell", Map.of("number", String.valueOf(line.cell())))
                : book.vocabulary().phrases().fill("line", Map.of("number", String.valueOf(line.line())));
    }
}
