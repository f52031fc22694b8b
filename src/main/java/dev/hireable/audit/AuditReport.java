package dev.hireable.audit;

import dev.hireable.rules.SignalSpec;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.ScoredRepo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of one audit, which every renderer draws from.
 *
 * @param skipped repositories listed but deliberately not audited (empty, forks), with the reason
 * @param errors  repositories that failed; a non-empty list makes the audit partial
 * @param legend  every signal the audit looked for, in report order: what the reports show and how they label it
 * @param stop    why the source stopped short (GitHub's rate limit ran out), if it did
 */
public record AuditReport(
        ToolInfo tool,
        Instant generatedAt,
        Subject subject,
        List<ScoredRepo> repos,
        PortfolioAssessment portfolio,
        List<PortfolioSource.Skipped> skipped,
        List<RepoError> errors,
        List<SignalSpec> legend,
        Optional<PortfolioSource.Stop> stop) {

    public AuditReport {
        repos = List.copyOf(repos);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
        legend = List.copyOf(legend);
    }

    /** The columns of the check matrix: the signals that declare one, in report order. */
    public List<SignalSpec> matrixColumns() {
        return legend.stream().filter(spec -> spec.column().isPresent()).toList();
    }

    /** A report of a source that did not stop short. */
    public AuditReport(
            ToolInfo tool,
            Instant generatedAt,
            Subject subject,
            List<ScoredRepo> repos,
            PortfolioAssessment portfolio,
            List<PortfolioSource.Skipped> skipped,
            List<RepoError> errors,
            List<SignalSpec> legend) {
        this(tool, generatedAt, subject, repos, portfolio, skipped, errors, legend, Optional.empty());
    }

    public boolean partial() {
        return !errors.isEmpty();
    }

    /** Whether a repository named in the errors was still audited, in part (some of its files went unread). */
    public boolean auditedInPart(RepoError error) {
        return repos.stream().anyMatch(r -> r.id().equals(error.repo()) || r.id().startsWith(error.repo() + ":"));
    }

    /** The tool's name and version, as reported. */
    public record ToolInfo(String name, String version) {}
}
