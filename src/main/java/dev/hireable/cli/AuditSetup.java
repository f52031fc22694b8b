package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Auditor;
import dev.hireable.audit.ProjectAssessor;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.standard.PortfolioStandard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The pipeline, built in one place: rule files loaded and checked (a bad one stops here, before any audit), the
 * rule engine, the standard and the auditor.
 */
record AuditSetup(
        RuleCatalog catalog,
        RuleEngine engine,
        PortfolioStandard standard,
        Auditor auditor,
        SnapshotLimits limits,
        RuleSources sources) {

    /** A digest of the rule files in effect, for the result cache: computed only by the commands that keep one. */
    String rulesFingerprint() {
        return sources.fingerprint();
    }

    static AuditSetup create(List<Path> ruleFolders, Clock clock) {
        return create(ruleFolders, clock, new ProbeOptions(), new RepoTimeoutOption());
    }

    /**
     * The rule files alone, for the commands that only read them (rules list, rules explain): without the engine, the
     * standard and the auditor, a third of an audit's start-up. Overlays are still checked whole, as an audit would
     * check them; the built-in files were checked when the jar was built.
     */
    static RuleCatalog catalog(List<Path> ruleFolders, Clock clock) {
        return ruleFolders.isEmpty()
                ? RuleCatalog.load(RuleSources.builtInOnly())
                : create(ruleFolders, clock).catalog();
    }

    static AuditSetup create(List<Path> ruleFolders, Clock clock, ProbeOptions probes, RepoTimeoutOption timeout) {
        RuleSources sources = RuleSources.withOverlays(ruleFolders);
        RuleCatalog catalog = RuleCatalog.load(sources);
        RuleEngine engine = new RuleEngine(catalog);
        PortfolioStandard standard = new PortfolioStandard(catalog);
        AuditReport.ToolInfo tool = ToolVersion.read();
        ProjectAssessor assessor = new ProjectAssessor(engine, catalog, probes.probes(catalog, tool.version()));
        Auditor auditor = new Auditor(assessor, standard, tool, clock, timeout.deadline());
        // a local directory spends its read budget in the order GitHub's does: the README and dependency files first
        SnapshotLimits limits = SnapshotLimits.defaults(
                        engine.sourceVocabulary().ignoredFolders())
                .readingFirst(catalog.section("github.yaml", "vocabulary", FetchPolicy.class));
        return new AuditSetup(catalog, engine, standard, auditor, limits, sources);
    }
}
