package dev.hireable.audit;

import dev.hireable.rules.SignalSpec;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.ScoredRepo;

import java.time.Instant;
import java.util.List;

/**
 * The result of one audit, which every renderer draws from.
 *
 * @param skipped repositories listed but deliberately not audited (empty, forks), with the reason
 * @param errors  repositories that failed; a non-empty list makes the audit partial
 * @param legend  every signal the audit looked for, in report order: what the reports show and how they label it
 */
public record AuditReport(ToolInfo tool, Instant generatedAt, Subject subject, List<ScoredRepo> repos,
                          PortfolioAssessment portfolio, List<PortfolioSource.Skipped> skipped,
                          List<RepoError> errors, List<SignalSpec> legend) {

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

    public boolean partial() {
        return !errors.isEmpty();
    }

    /** The tool's name and version, as reported. */
    public record ToolInfo(String name, String version) {
    }
}
