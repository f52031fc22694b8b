package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.List;

/**
 * How well one repository fits one slot: a 0-100 score, whether it meets the slot, and each requirement's standing.
 *
 * @param gated true when an unmet gate requirement (e.g. a real dataset) capped the score
 */
public record SlotFit(Archetype slot, int score, boolean met, boolean gated, List<RequirementStatus> requirements) {

    public SlotFit {
        requirements = List.copyOf(requirements);
    }

    public static SlotFit empty(Archetype slot) {
        return new SlotFit(slot, 0, false, false, List.of());
    }

    /** Labels of the required requirements not met, in the order of rules/standard.yaml. */
    public List<String> missing() {
        return requirements.stream()
                .filter(r -> r.required() && !r.met())
                .map(RequirementStatus::label)
                .toList();
    }

    /** Labels of every requirement met, supporting ones included. */
    public List<String> satisfied() {
        return requirements.stream()
                .filter(RequirementStatus::met)
                .map(RequirementStatus::label)
                .toList();
    }

    /** Labels of the supporting requirements not shown. */
    public List<String> supportingMissing() {
        return requirements.stream()
                .filter(r -> !r.required() && !r.met())
                .map(RequirementStatus::label)
                .toList();
    }
}
