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
 * One of the three slots as a reviewer reads it: its title, the result, the repository that fills it and the
 * passing findings of that repository, whose evidence backs the slot.
 */
public record SlotView(Archetype slot, String title, SlotResult result, Optional<ScoredRepo> repo) {

    /** The three slots of the standard, in the order every report shows them. */
    public static final List<Archetype> SLOTS = List.of(Archetype.TABULAR_E2E, Archetype.TRANSFORMER_FINETUNE, Archetype.MLOPS);

    public static List<SlotView> of(AuditReport report) {
        return SLOTS.stream().map(slot -> of(report, slot)).toList();
    }

    private static SlotView of(AuditReport report, Archetype slot) {
        SlotResult result = report.portfolio().slots().getOrDefault(slot,
                new SlotResult(slot, Optional.empty(), 0, false, List.of()));
        Optional<ScoredRepo> repo = result.repo().flatMap(id -> report.repos().stream().filter(r -> r.id().equals(id)).findFirst());
        return new SlotView(slot, title(slot), result, repo);
    }

    public static String title(Archetype slot) {
        return switch (slot) {
            case TABULAR_E2E -> "End-to-end tabular project";
            case TRANSFORMER_FINETUNE -> "Fine-tuned transformer";
            case MLOPS -> "MLOps project";
            case OTHER -> "Other";
        };
    }

    /** Met, filled but not met, or empty. */
    public Status status() {
        if (result.met()) {
            return Status.MET;
        }
        return result.repo().isPresent() ? Status.PARTIAL : Status.EMPTY;
    }

    /** The passing findings of the filling repository that carry evidence, the proof behind the slot. */
    public List<Finding> evidence() {
        return repo.map(r -> r.assessment().findings().stream()
                .filter(f -> f.is(Outcome.PASS) && !f.evidence().isEmpty()).toList()).orElse(List.of());
    }

    public enum Status {
        MET("met"), PARTIAL("partly met"), EMPTY("no repository");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a piece of evidence points, for a link label: {@code path:line}, the path, or the URL. */
    public static String where(Evidence evidence) {
        if (evidence.path().isPresent()) {
            return evidence.path().get() + (evidence.line() > 0 ? ":" + evidence.line() : "");
        }
        return evidence.url().orElse("");
    }
}
