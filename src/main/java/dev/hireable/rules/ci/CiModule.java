package dev.hireable.rules.ci;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.List;
import java.util.Map;

/** Continuous integration: a workflow or pipeline file of a CI system that rules/ci.yaml knows. */
public final class CiModule implements RuleModule<Boolean> {

    static final String PRESENT = "ci.present";

    /** The vocabulary of rules/ci.yaml: CI system id → the files that configure it. */
    public record Vocabulary(Map<String, List<String>> systems) {
        public Vocabulary {
            if (systems == null || systems.isEmpty()) {
                throw new IllegalArgumentException("'systems' needs at least one CI system");
            }
            systems.values().forEach(globs -> globs.forEach(Glob::of));
            systems = Map.copyOf(systems);
        }
    }

    private final RuleBook<Vocabulary> book;

    public CiModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "ci";
    }

    @Override
    public List<String> ruleIds() {
        return List.of(PRESENT);
    }

    @Override
    public ModuleResult<Boolean> evaluate(RepoContext context) {
        for (Map.Entry<String, List<String>> system : book.vocabulary().systems().entrySet()) {
            List<FileEntry> files = context.files(system.getValue().stream().map(Glob::of).toList());
            if (!files.isEmpty()) {
                List<Evidence> evidence = files.stream().limit(5).map(f -> Evidence.file(f.path())).toList();
                return new ModuleResult<>(true, List.of(book.finding(PRESENT, Outcome.PASS, evidence,
                        Map.of("system", system.getKey(), "path", files.get(0).path()))));
            }
        }
        Outcome outcome = context.snapshot().tree().truncated() ? Outcome.UNKNOWN : Outcome.FAIL;
        return new ModuleResult<>(false, List.of(book.finding(PRESENT, outcome, List.of())));
    }
}
