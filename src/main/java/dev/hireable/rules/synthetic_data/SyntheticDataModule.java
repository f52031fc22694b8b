package dev.hireable.rules.synthetic_data;

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
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.CodeStatement;
import dev.hireable.rules.context.ReadmeFile;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Synthetic training data presented as real, as rules/synthetic_data.yaml describes it: a model trained in one file
 * on data the same file generates, while the README names a dataset or real-world records and never says the data
 * is generated.
 */
public final class SyntheticDataModule implements RuleModule {

    static final String REAL_DATA = "synthetic_data.real_data";
    static final String TRAINS = "synthetic_data.trains_on_generated";
    static final String PRESENTED = "synthetic_data.presented_as_real";

    /** The vocabulary of rules/synthetic_data.yaml. */
    public record Vocabulary(
            List<CodeCue> generators,
            List<CodeCue> reads,
            List<CodeCue> trainingCalls,
            List<String> notFiles,
            Readme readme) {
        public Vocabulary {
            if (generators == null
                    || generators.isEmpty()
                    || trainingCalls == null
                    || trainingCalls.isEmpty()
                    || readme == null) {
                throw new IllegalArgumentException("'generators', 'training_calls' and 'readme' are required");
            }
            generators = List.copyOf(generators);
            reads = reads == null ? List.of() : List.copyOf(reads);
            trainingCalls = List.copyOf(trainingCalls);
            notFiles = notFiles == null ? List.of() : List.copyOf(notFiles);
            notFiles.forEach(Glob::of);
        }
    }

    /**
     * How the README speaks of the data.
     *
     * @param real      a line that presents the data as real (names a dataset, customers, ...)
     * @param generated a line that says the data is generated; one is enough to make the README honest
     */
    public record Readme(List<RulePattern> real, List<RulePattern> generated) {
        public Readme {
            real = real == null ? List.of() : List.copyOf(real);
            generated = generated == null ? List.of() : List.copyOf(generated);
        }
    }

    private final RuleBook<Vocabulary> book;
    private final DataTrace trace;
    private final List<Glob> notFiles;

    public SyntheticDataModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, List.of(REAL_DATA));
        this.trace = new DataTrace(book.vocabulary());
        this.notFiles = book.vocabulary().notFiles().stream().map(Glob::of).toList();
    }

    @Override
    public String name() {
        return "synthetic_data";
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        List<DataTrace.Hit> hits = new ArrayList<>();
        for (String path : filesGenerating(context)) {
            trace.follow(CodeStatement.of(context.code().lines(path))).ifPresent(hits::add);
        }
        List<Evidence> evidence = new ArrayList<>();
        hits.forEach(hit -> {
            evidence.add(hit.generated().first().evidence());
            if (!hit.trains().equals(hit.generated())) {
                evidence.add(hit.trains().first().evidence());
            }
        });
        Optional<ReadmeFile> readme = context.readme().filter(ReadmeFile::readable);
        Optional<Evidence> presentedAsReal = readme.flatMap(this::presentsDataAsReal);
        boolean presented = !hits.isEmpty() && presentedAsReal.isPresent();
        SignalSet signals = book.signalBuilder()
                .names(
                        TRAINS,
                        hits.stream()
                                .map(hit -> hit.trains().first().path())
                                .distinct()
                                .toList(),
                        evidence)
                .flag(PRESENTED, presented, presented ? evidence : List.of())
                .build();
        return new ModuleResult(signals, finding(context, hits, presentedAsReal, evidence));
    }

    private Finding finding(
            RepoContext context,
            List<DataTrace.Hit> hits,
            Optional<Evidence> presentedAsReal,
            List<Evidence> evidence) {
        if (!hits.isEmpty() && presentedAsReal.isPresent()) {
            DataTrace.Hit first = hits.get(0);
            List<Evidence> both = new ArrayList<>(evidence);
            both.add(presentedAsReal.get());
            return book.finding(
                    REAL_DATA,
                    Outcome.FAIL,
                    both,
                    Map.of(
                            "path",
                            first.trains().first().path(),
                            "generator",
                            first.generator(),
                            "readme_line",
                            String.valueOf(presentedAsReal.get().line())));
        }
        boolean trains = !CodeCue.scan(context.code(), book.vocabulary().trainingCalls(), 1)
                .isEmpty();
        return book.finding(
                REAL_DATA, trains && context.readme().isPresent() ? Outcome.PASS : Outcome.NOT_APPLICABLE, List.of());
    }

    /** The code files (outside tests and demos) that hold a generator call, in order. */
    private Set<String> filesGenerating(RepoContext context) {
        Set<String> paths = new LinkedHashSet<>();
        for (CodeCue generator : book.vocabulary().generators()) {
            generator.find(context.code()).stream()
                    .map(CodeLine::path)
                    .filter(path -> notFiles.stream().noneMatch(glob -> glob.matches(path)))
                    .forEach(paths::add);
        }
        return paths;
    }

    /** The README line that presents the data as real, unless some line says it is generated. */
    private Optional<Evidence> presentsDataAsReal(ReadmeFile readme) {
        Readme cues = book.vocabulary().readme();
        String[] lines = readme.text().split("\\R", -1);
        Optional<Evidence> real = Optional.empty();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (cues.generated().stream().anyMatch(p -> p.matcher(line).find())) {
                return Optional.empty();
            }
            if (real.isEmpty()
                    && cues.real().stream().anyMatch(p -> p.matcher(line).find())) {
                real = Optional.of(Evidence.line(readme.path(), i + 1, line));
            }
        }
        return real;
    }
}
