package dev.hireable.cli;

import dev.hireable.audit.Auditor;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.standard.PortfolioStandard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The pipeline, built in one place: rule files loaded and checked (a bad one stops here, before any audit), the
 * rule engine, the standard and the auditor.
 */
record AuditSetup(RuleCatalog catalog, RuleEngine engine, PortfolioStandard standard, Auditor auditor,
                  SnapshotLimits limits) {

    static AuditSetup create(List<Path> ruleFolders, Clock clock) {
        RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(ruleFolders));
        RuleEngine engine = new RuleEngine(catalog);
        PortfolioStandard standard = new PortfolioStandard(catalog);
        Auditor auditor = new Auditor(engine, standard, ToolVersion.read(), clock);
        SnapshotLimits limits = SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders());
        return new AuditSetup(catalog, engine, standard, auditor, limits);
    }
}
