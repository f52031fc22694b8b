package dev.hireable.report;

import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.RequirementStatus;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotFit;
import dev.hireable.standard.SlotResult;
import java.util.List;
import java.util.Optional;

/**
 * A repository as the reports head it: the slot the standard measured it against (the one it fills, else the one it
 * fits best), how it stands there and only what that slot still misses, not every gap of every slot.
 */
public record RepoView(ScoredRepo repo, Optional<String> focusTitle, Optional<SlotFit> focusFit) {

    public static RepoView of(ScoredRepo repo, PortfolioAssessment portfolio) {
        return new RepoView(
                repo,
                repo.focus()
                        .map(slot -> Optional.ofNullable(portfolio.slots().get(slot))
                                .map(SlotResult::title)
                                .orElse(slot.id())),
                repo.focus().flatMap(slot -> Optional.ofNullable(repo.slotFits().get(slot))));
    }

    public boolean fills() {
        return repo.fills().isPresent();
    }

    /** Where the repository stands, e.g. "fills MLOps project: met" or "fills no slot; closest: ... (17/100)". */
    public String place() {
        if (focusTitle.isEmpty()) {
            return "fills no slot";
        }
        if (!fills()) {
            return "fills no slot; closest: " + focusTitle.get()
                    + focusFit.map(f -> " (" + f.score() + "/100)").orElse("");
        }
        return "fills " + focusTitle.get()
                + focusFit.map(f -> f.met() ? ": met" : ": " + f.score() + "/100")
                        .orElse("");
    }

    /** The required requirements its slot still misses, in the order of rules/standard.yaml. */
    public List<RequirementStatus> missing() {
        return focusFit.map(fit -> fit.requirements().stream()
                        .filter(r -> r.required() && !r.met())
                        .toList())
                .orElse(List.of());
    }

    /** The labels of {@link #missing()}. */
    public List<String> missingLabels() {
        return missing().stream().map(RequirementStatus::label).toList();
    }
}
