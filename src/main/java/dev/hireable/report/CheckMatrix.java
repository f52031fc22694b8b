package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.SignalSpec;
import dev.hireable.standard.ScoredRepo;
import java.util.List;
import java.util.Optional;

/**
 * The per-repository check matrix: one row per repository, one column per signal whose rule file gives it a column,
 * in report order. A cell shows what the audit decided: the signal's value (after live probes), never a judgement
 * of the renderer's own.
 */
public record CheckMatrix(List<Column> columns) {

    /** A column: its header, what it means (for a tooltip or a legend), and the signal it shows. */
    public record Column(String header, String meaning, SignalSpec signal) {

        public boolean passes(ScoredRepo repo) {
            return repo.assessment().signals().holds(signal.id());
        }

        public boolean unknown(ScoredRepo repo) {
            return repo.assessment().signals().isUnknown(signal.id());
        }

        /** What was found, e.g. the tracking tools, when the column has such details. */
        public Optional<String> detail(ScoredRepo repo) {
            List<String> found = signal.column()
                    .flatMap(SignalSpec.Column::details)
                    .map(id -> repo.assessment().signals().names(id))
                    .orElse(List.of());
            return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
        }
    }

    public CheckMatrix {
        columns = List.copyOf(columns);
    }

    public static CheckMatrix of(AuditReport report) {
        return new CheckMatrix(report.matrixColumns().stream()
                .map(spec -> new Column(spec.column().orElseThrow().header(), spec.label(), spec))
                .toList());
    }

    public int size() {
        return columns.size();
    }
}
