package dev.hireable.audit;

import dev.hireable.probe.EndpointProbes;
import dev.hireable.probe.ProbeResult;
import dev.hireable.rules.Finding;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.ignores.IgnoreConfig;
import dev.hireable.rules.ignores.Ignores;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SubdirectorySnapshot;
import dev.hireable.standard.EndpointCheck;
import dev.hireable.standard.RepoEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happens to one repository before scoring: split into project units when it is a monorepo
 * portfolio, run the rules on each unit, probe live endpoints when asked, then apply the unit's ignores (after the
 * probes, so a probe finding can be ignored too).
 */
public final class ProjectAssessor {

    private final RuleEngine engine;
    private final ProjectSplitter splitter;
    private final Ignores ignores;
    private final Optional<EndpointProbes> probes;

    public ProjectAssessor(RuleEngine engine, RuleCatalog catalog, Optional<EndpointProbes> probes) {
        this.engine = engine;
        this.splitter = ProjectSplitter.from(catalog);
        this.ignores = new Ignores(catalog);
        this.probes = probes;
    }

    /** Whether live endpoints are probed: their results hold only for the moment they were taken. */
    boolean probesEndpoints() {
        return probes.isPresent();
    }

    /** Every signal the rules look for, in report order. */
    public List<SignalSpec> legend() {
        return engine.legend();
    }

    /** One project, or one per project folder of a monorepo, each with id {@code owner/name:folder}. */
    public List<RepoEvidence> assess(Snapshot snapshot) {
        IgnoreConfig rootConfig = ignores.read(snapshot, "");
        List<String> folders = splitter.projectFolders(snapshot.tree());
        if (folders.isEmpty()) {
            return List.of(finish(engine.assess(snapshot), rootConfig.with(IgnoreConfig.none())));
        }
        List<RepoEvidence> units = new ArrayList<>();
        for (SubdirectorySnapshot unit : SubdirectorySnapshot.of(snapshot, folders)) {
            units.add(finish(engine.assess(unit), rootConfig.with(ignores.read(unit, unit.folder()))));
        }
        return units;
    }

    private RepoEvidence finish(RepoAssessment assessment, List<IgnoreConfig> configs) {
        RepoAssessment probed = assessment;
        Optional<List<EndpointCheck>> checks = Optional.empty();
        if (probes.isPresent()) {
            EndpointProbes.Probed result = probes.get().probe(assessment);
            List<Finding> findings = new ArrayList<>(assessment.findings());
            findings.addAll(result.findings());
            probed = assessment.withSignals(result.signals()).withFindings(findings);
            // a refused URL was never contacted: it proves nothing either way
            checks = Optional.of(result.results().stream()
                    .filter(r -> r.verdict() != ProbeResult.Verdict.REFUSED)
                    .map(ProjectAssessor::check)
                    .toList());
        }
        Ignores.IgnoreResult ignored = ignores.apply(probed, configs);
        return new RepoEvidence(ignored.assessment(), ignored.applied(), checks);
    }

    private static EndpointCheck check(ProbeResult result) {
        String summary = result.detail() + " in " + result.latencyMillis() + " ms"
                + result.recognised().map(r -> " (" + r + ")").orElse("");
        return new EndpointCheck(
                result.url(), result.live(), result.status(), result.latencyMillis(), result.recognised(), summary);
    }
}
