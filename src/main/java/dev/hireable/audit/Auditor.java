package dev.hireable.audit;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.standard.RepoEvidence;
import dev.hireable.standard.StandardResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline for one portfolio: source → snapshots → rules → standard → report. A repository that fails is
 * recorded in the report's errors and the others go on; only a failure of the whole source stops the audit.
 */
public final class Auditor {

    /** Generous: a large repository read from GitHub takes seconds; only a hostile or broken one takes this long. */
    public static final Duration DEFAULT_REPO_DEADLINE = Duration.ofMinutes(10);

    private final ProjectAssessor assessor;
    private final PortfolioStandard standard;
    private final AuditReport.ToolInfo tool;
    private final Clock clock;
    private final Duration repoDeadline;
    private final ResultCache results;

    public Auditor(
            ProjectAssessor assessor,
            PortfolioStandard standard,
            AuditReport.ToolInfo tool,
            Clock clock,
            Duration repoDeadline) {
        this(assessor, standard, tool, clock, repoDeadline, ResultCache.NONE);
    }

    private Auditor(
            ProjectAssessor assessor,
            PortfolioStandard standard,
            AuditReport.ToolInfo tool,
            Clock clock,
            Duration repoDeadline,
            ResultCache results) {
        this.assessor = assessor;
        this.standard = standard;
        this.tool = tool;
        this.clock = clock;
        this.repoDeadline = repoDeadline;
        this.results = results;
    }

    public Auditor(ProjectAssessor assessor, PortfolioStandard standard, AuditReport.ToolInfo tool, Clock clock) {
        this(assessor, standard, tool, clock, DEFAULT_REPO_DEADLINE);
    }

    /** Without endpoint probes. */
    public Auditor(RuleEngine engine, PortfolioStandard standard, AuditReport.ToolInfo tool, Clock clock) {
        this(new ProjectAssessor(engine, standard.catalog(), Optional.empty()), standard, tool, clock);
    }

    /**
     * The same auditor, reusing the stored assessment of a repository whose state the source knows before opening it
     * (not when endpoints are probed: a probe holds only for its moment).
     */
    public Auditor withResults(ResultCache cache) {
        return new Auditor(
                assessor, standard, tool, clock, repoDeadline, assessor.probesEndpoints() ? ResultCache.NONE : cache);
    }

    public AuditReport audit(Subject subject, PortfolioSource source, AuditProgress progress) throws SourceException {
        return audit(subject, source, progress, 1);
    }

    /**
     * Audits up to {@code concurrency} repositories at once, each within the per-repository deadline. Results keep the
     * order of the source; a repository that fails, or runs past the deadline, goes into the errors and the others go
     * on; a failure of the whole source stops the audit.
     */
    public AuditReport audit(Subject subject, PortfolioSource source, AuditProgress progress, int concurrency)
            throws SourceException {
        List<RepoHandle> handles = source.repositories();
        progress.started(handles.size());
        AtomicInteger done = new AtomicInteger();
        // stored results first, before any audit thread: a warm re-audit then starts none and runs no rule
        List<Optional<List<RepoEvidence>>> storedResults = results.isEnabled()
                ? handles.parallelStream()
                        .map(handle -> handle.state().flatMap(results::read))
                        .toList()
                : Collections.nCopies(handles.size(), Optional.empty());
        RepoOutcome[] outcomes = new RepoOutcome[handles.size()];
        List<Integer> toCheck = new ArrayList<>();
        for (int i = 0; i < handles.size(); i++) {
            RepoHandle handle = handles.get(i);
            Optional<List<RepoEvidence>> stored = storedResults.get(i);
            if (stored.isPresent()) {
                progress.repoDone(handle.id(), done.incrementAndGet(), handles.size());
                outcomes[i] = new RepoOutcome(stored.get(), Optional.empty());
            } else {
                toCheck.add(i);
            }
        }
        List<Callable<RepoOutcome>> tasks = toCheck.stream()
                .map(handles::get)
                .<Callable<RepoOutcome>>map(handle -> () -> auditOne(handle, progress, done, handles.size()))
                .toList();
        try {
            List<RepoOutcome> checked = BoundedRuns.run(
                    tasks,
                    concurrency,
                    repoDeadline,
                    index -> timedOut(handles.get(toCheck.get(index)), progress, done, handles.size()));
            for (int k = 0; k < checked.size(); k++) {
                outcomes[toCheck.get(k)] = checked.get(k);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.UNAVAILABLE, "The audit was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SourceException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        List<RepoEvidence> assessments = new ArrayList<>();
        List<RepoError> errors = new ArrayList<>();
        for (RepoOutcome outcome : outcomes) {
            assessments.addAll(outcome.evidence());
            outcome.error().ifPresent(errors::add);
        }
        return scored(subject, assessments, source.skipped(), errors, source.stop());
    }

    private RepoOutcome timedOut(RepoHandle handle, AuditProgress progress, AtomicInteger done, int total) {
        String message = "not audited: reading and checking it took longer than " + seconds(repoDeadline)
                + " (--repo-timeout); the other repositories went on.";
        progress.repoFailed(handle.id(), message, done.incrementAndGet(), total);
        return new RepoOutcome(List.of(), Optional.of(new RepoError(handle.id(), message)));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : (d.toMillis() / 1000.0) + " s";
    }

    private RepoOutcome auditOne(RepoHandle handle, AuditProgress progress, AtomicInteger done, int total)
            throws SourceException {
        try {
            Optional<RepoMetadata> state = handle.state();
            Snapshot snapshot = handle.open();
            List<RepoEvidence> evidence = assessor.assess(snapshot);
            Optional<RepoError> incomplete = IncompleteRead.of(handle.id(), snapshot.failedReads(), evidence);
            if (incomplete.isEmpty() && state.equals(Optional.of(snapshot.metadata()))) {
                results.write(state.get(), evidence);
            }
            progress.repoDone(handle.id(), done.incrementAndGet(), total);
            return new RepoOutcome(evidence, incomplete);
        } catch (SourceException e) {
            if (e.kind() != SourceException.Kind.REPOSITORY_FAILED) {
                throw e;
            }
            progress.repoFailed(handle.id(), e.getMessage(), done.incrementAndGet(), total);
            return new RepoOutcome(List.of(), Optional.of(new RepoError(handle.id(), e.getMessage())));
        }
    }

    private record RepoOutcome(List<RepoEvidence> evidence, Optional<RepoError> error) {}

    /**
     * Assesses one repository: its project units (one, or one per project folder of a monorepo), the rules, the
     * endpoint probes when enabled, and its ignores. For sources that open snapshots themselves (e.g. concurrently).
     */
    public List<RepoEvidence> assess(Snapshot snapshot) {
        return assessor.assess(snapshot);
    }

    /** Scores what {@link #assess(Snapshot)} returned into a report. */
    public AuditReport scored(
            Subject subject,
            List<RepoEvidence> evidence,
            List<PortfolioSource.Skipped> skipped,
            List<RepoError> errors) {
        return scored(subject, evidence, skipped, errors, Optional.empty());
    }

    /** The same, for a source that stopped short ({@code stop}). */
    public AuditReport scored(
            Subject subject,
            List<RepoEvidence> evidence,
            List<PortfolioSource.Skipped> skipped,
            List<RepoError> errors,
            Optional<PortfolioSource.Stop> stop) {
        StandardResult result = standard.score(evidence);
        return new AuditReport(
                tool,
                clock.instant(),
                subject,
                result.repos(),
                result.portfolio(),
                skipped,
                errors,
                assessor.legend(),
                stop);
    }

    /**
     * Scores assessments made elsewhere into a report. Prefer {@link #assess(Snapshot)} and
     * {@link #scored}: plain assessments carry no ignores, probes or monorepo units.
     */
    public AuditReport report(
            Subject subject,
            List<RepoAssessment> assessments,
            List<PortfolioSource.Skipped> skipped,
            List<RepoError> errors) {
        return scored(subject, assessments.stream().map(RepoEvidence::of).toList(), skipped, errors);
    }
}
