package dev.hireable.standard;

import dev.hireable.rules.Archetype;

import java.util.List;
import java.util.Map;

/** The portfolio against the three-project standard. */
public record PortfolioAssessment(int standardMet, int score, String verdict, Map<Archetype, SlotResult> slots,
                                  List<NextStep> nextSteps) {

    public PortfolioAssessment {
        slots = Map.copyOf(slots);
        nextSteps = List.copyOf(nextSteps);
    }
}
