package dev.hireable.rules.ci;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Continuous integration: the workflow or pipeline files of the CI systems that rules/ci.yaml knows, every system
 * found in the order the rule file lists them.
 */
public final class CiModule implements RuleModule {

    static final String PRESENT = "ci.present";
    static final String SYSTEMS = "ci.systems";
    private static final int EVIDENCE_LIMIT = 5;

    /** The vocabulary of rules/ci.yaml: CI system id → the files that configure it, in the order written. */
    public record Vocabulary(Map<String, List<String>> systems) {
        public Vocabulary {
            if (systems == null || systems.isEmpty()) {
                throw new IllegalArgumentException("'systems' needs at least one CI system");
            }
            systems.values().forEach(globs -> globs.forEach(Glob::of));
            systems = Collections.unmodifiableMap(new LinkedHashMap<>(systems));
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

    static List<String> ruleIds() {
        return List.of(PRESENT);
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        List<String> systems = new ArrayList<>();
        List<FileEntry> files = new ArrayList<>();
        book.vocabulary().systems().forEach((system, globs) -> {
            List<FileEntry> configs = context.files(globs.stream().map(Glob::of).toList());
            if (!configs.isEmpty()) {
                systems.add(system);
                files.addAll(configs);
            }
        });
        List<Evidence> evidence = files.stream()
                .limit(EVIDENCE_LIMIT)
                .map(f -> Evidence.file(f.path()))
                .toList();
        SignalSet signals = book.signalBuilder()
                .flag(PRESENT, !systems.isEmpty(), evidence)
                .names(SYSTEMS, systems)
                .build();
        if (!systems.isEmpty()) {
            return new ModuleResult(
                    signals,
                    book.finding(
                            PRESENT,
                            Outcome.PASS,
                            evidence,
                            Map.of(
                                    "system",
                                    String.join(", ", systems),
                                    "path",
                                    files.get(0).path())));
        }
        Outcome outcome = context.snapshot().tree().truncated() ? Outcome.UNKNOWN : Outcome.FAIL;
        return new ModuleResult(signals, book.finding(PRESENT, outcome, List.of()));
    }
}
