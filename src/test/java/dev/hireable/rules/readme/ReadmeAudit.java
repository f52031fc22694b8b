package dev.hireable.rules.readme;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.ReadmeSignal;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;

import java.nio.file.Path;

/** Runs the README module alone over a directory, as the rule engine would. */
final class ReadmeAudit {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final SourceVocabulary SOURCES = new RuleEngine(CATALOG).sourceVocabulary();
    private static final ReadmeModule MODULE = new ReadmeModule(CATALOG);

    private ReadmeAudit() {
    }

    static ModuleResult<ReadmeSignal> of(Path directory) {
        return of(LocalDirectorySnapshot.open(directory, directory.getFileName().toString(),
                SnapshotLimits.defaults(SOURCES.ignoredFolders())));
    }

    static ModuleResult<ReadmeSignal> of(Snapshot snapshot) {
        return MODULE.evaluate(new RepoContext(snapshot, SOURCES));
    }

    static Finding finding(ModuleResult<ReadmeSignal> result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + rule + " in " + result.findings()));
    }
}
