package dev.hireable.audit;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.standard.RepoEvidence;
import dev.hireable.standard.StandardResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline for one portfolio: source → snapshots → rules → standard → report. A repository that fails is
 * recorded in the report's errors and the others go on; only a failure of the whole source stops the audit.
 */
public final class Auditor {

    private final ProjectAssessor assessor;
    private final PortfolioStandard standard;
    private final AuditReport.ToolInfo tool;
    private final Clock clock;

    public Auditor(ProjectAssessor assessor, PortfolioStandard standard, AuditReport.ToolInfo tool, Clock clock) {
        this.assessor = assessor;
        this.standard = standard;
        this.tool = tool;
        this.clock = clock;
    }

    /** Without endpoint probes. */
    public Auditor(RuleEngine engine, PortfolioStandard standard, AuditReport.ToolInfo tool, Clock clock) {
        this(new ProjectAssessor(engine, standard.catalog(), Optional.empty()), standard, tool, clock);
    }

    public AuditReport audit(Subject subject, PortfolioSource source, AuditProgress progress) throws SourceException {
        List<RepoHandle> handles = source.repositories();
        progress.started(handles.size());
        List<RepoEvidence> assessments = new ArrayList<>();
        List<RepoError> errors = new ArrayList<>();
        int done = 0;
        for (RepoHandle handle : handles) {
            done++;
            try {
                Snapshot snapshot = handle.open();
                assessments.addAll(assess(snapshot));
                progress.repoDone(handle.id(), done, handles.size());
            } catch (SourceException e) {
                if (e.kind() != SourceException.Kind.REPOSITORY_FAILED) {
                    throw e;
                }
                errors.add(new RepoError(handle.id(), e.getMessage()));
                progress.repoFailed(handle.id(), e.getMessage(), done, handles.size());
            }
        }
        return scored(subject, assessments, source.skipped(), errors);
    }

    /**
     * Assesses one repository: its project units (one, or one per project folder of a monorepo), the rules, the
     * endpoint probes when enabled, and its ignores. For sources that open snapshots themselves (e.g. concurrently).
     */
    public List<RepoEvidence> assess(Snapshot snapshot) {
        return assessor.assess(snapshot);
    }

    /** Scores what {@link #assess(Snapshot)} returned into a report. */
    public AuditReport scored(Subject subject, List<RepoEvidence> evidence, List<PortfolioSource.Skipped> skipped,
                              List<RepoError> errors) {
        StandardResult result = standard.score(evidence);
        return new AuditReport(tool, clock.instant(), subject, result.repos(), result.portfolio(), skipped, errors);
    }

    /**
     * Scores assessments made elsewhere into a report. Prefer {@link #assess(Snapshot)} and
     * {@link #scored}: plain assessments carry no ignores, probes or monorepo units.
     */
    public AuditReport report(Subject subject, List<RepoAssessment> assessments, List<PortfolioSource.Skipped> skipped,
                              List<RepoError> errors) {
        return scored(subject, assessments.stream().map(RepoEvidence::of).toList(), skipped, errors);
    }
}
