package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import java.util.List;
import java.util.Optional;

/**
 * One of the three slots as a reviewer reads it: the standard's result for it, and the repository that fills it
 * with its passing findings, whose evidence backs the slot.
 */
public record SlotView(SlotResult result, Optional<ScoredRepo> repo) {

    /** The three slots, in the order every report shows them. */
    public static List<SlotView> of(AuditReport report) {
        return report.portfolio().slotsInOrder().stream()
                .map(result -> new SlotView(
                        result,
                        result.repo()
                                .flatMap(id -> report.repos().stream()
                                        .filter(r -> r.id().equals(id))
                                        .findFirst())))
                .toList();
    }

    public Archetype slot() {
        return result.slot();
    }

    public String title() {
        return result.title();
    }

    public SlotResult.Status status() {
        return result.status();
    }

    /** The passing findings of the filling repository that carry evidence, the proof behind the slot. */
    public List<Finding> evidence() {
        return repo.map(r -> r.assessment().findings().stream()
                        .filter(f -> f.is(Outcome.PASS) && !f.evidence().isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** Where a piece of evidence points, for a link label: {@code path:line}, the path, or the URL. */
    public static String where(Evidence evidence) {
        if (evidence.path().isPresent()) {
            return evidence.path().get() + (evidence.line() > 0 ? ":" + evidence.line() : "");
        }
        return evidence.url().orElse("");
    }
}
