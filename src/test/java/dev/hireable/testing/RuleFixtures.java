package dev.hireable.testing;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Runs one rule module over a fixture repository of src/test/resources/fixtures/AREA/CASE with the built-in rules. */
public final class RuleFixtures {

    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    private final RuleCatalog catalog = RuleCatalog.builtIn();
    private final RuleEngine engine = new RuleEngine(catalog);

    public RuleCatalog catalog() {
        return catalog;
    }

    public static Path path(String area, String name) {
        Path folder = ROOT.resolve(area).resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no fixture " + folder);
        }
        return folder;
    }

    public Snapshot open(String area, String name) {
        return LocalDirectorySnapshot.open(path(area, name), name,
                SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders()));
    }

    public RepoContext context(Snapshot snapshot) {
        return new RepoContext(snapshot, engine.sourceVocabulary());
    }

    public <S> ModuleResult<S> run(Function<RuleCatalog, RuleModule<S>> module, String area, String name) {
        return module.apply(catalog).evaluate(context(open(area, name)));
    }

    public <S> ModuleResult<S> run(RuleModule<S> module, Snapshot snapshot) {
        return module.evaluate(context(snapshot));
    }

    /** The one finding with this rule id. */
    public static Finding finding(ModuleResult<?> result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).reduce((a, b) -> {
            throw new AssertionError("two findings for " + rule);
        }).orElseThrow(() -> new AssertionError("no finding for " + rule + " in " + result.findings()));
    }
}
