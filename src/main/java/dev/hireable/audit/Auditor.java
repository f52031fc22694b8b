package dev.hireable.audit;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.standard.StandardResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline for one portfolio: source → snapshots → rules → standard → report. A repository that fails is
 * recorded in the report's errors and the others go on; only a failure of the whole source stops the audit.
 */
public final class Auditor {

    private final RuleEngine engine;
    private final PortfolioStandard standard;
    private final AuditReport.ToolInfo tool;
    private final Clock clock;

    public Auditor(RuleEngine engine, PortfolioStandard standard, AuditReport.ToolInfo tool, Clock clock) {
        this.engine = engine;
        this.standard = standard;
        this.tool = tool;
        this.clock = clock;
    }

    public AuditReport audit(Subject subject, PortfolioSource source, AuditProgress progress) throws SourceException {
        List<RepoHandle> handles = source.repositories();
        progress.started(handles.size());
        List<RepoAssessment> assessments = new ArrayList<>();
        List<RepoError> errors = new ArrayList<>();
        int done = 0;
        for (RepoHandle handle : handles) {
            done++;
            try {
                Snapshot snapshot = handle.open();
                assessments.add(engine.assess(snapshot));
                progress.repoDone(handle.id(), done, handles.size());
            } catch (SourceException e) {
                if (e.kind() != SourceException.Kind.REPOSITORY_FAILED) {
                    throw e;
                }
                errors.add(new RepoError(handle.id(), e.getMessage()));
                progress.repoFailed(handle.id(), e.getMessage(), done, handles.size());
            }
        }
        return report(subject, assessments, source.skipped(), errors);
    }

    /** Scores assessments made elsewhere (e.g. by a concurrent GitHub audit) into a report. */
    public AuditReport report(Subject subject, List<RepoAssessment> assessments, List<PortfolioSource.Skipped> skipped,
                              List<RepoError> errors) {
        StandardResult result = standard.evaluate(assessments);
        return new AuditReport(tool, clock.instant(), subject, result.repos(), result.portfolio(), skipped, errors);
    }
}
