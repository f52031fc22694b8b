package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio against the three-project standard.
 *
 * @param nearMisses repositories that would fill an unmet slot with one or two more things
 * @param redFlags   every repository's red flags, for the reviewer
 */
public record PortfolioAssessment(
        int standardMet,
        int score,
        String verdict,
        Map<Archetype, SlotResult> slots,
        List<NextStep> nextSteps,
        List<NearMiss> nearMisses,
        List<RedFlag> redFlags) {

    public PortfolioAssessment {
        slots = slots.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(slots));
        nextSteps = List.copyOf(nextSteps);
        nearMisses = List.copyOf(nearMisses);
        redFlags = List.copyOf(redFlags);
    }

    public PortfolioAssessment(
            int standardMet, int score, String verdict, Map<Archetype, SlotResult> slots, List<NextStep> nextSteps) {
        this(standardMet, score, verdict, slots, nextSteps, List.of(), List.of());
    }

    /** The three slots in the order every report shows them. */
    public List<SlotResult> slotsInOrder() {
        return Archetype.SLOTS.stream()
                .map(slots::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
