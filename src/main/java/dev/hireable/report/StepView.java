package dev.hireable.report;

import dev.hireable.rules.Archetype;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.SlotResult;
import java.util.Optional;

/**
 * A next step as every report words it: who acts, what to do, and what the audit computed it would change ("completes
 * Fine-tuned transformer: standard met 2/3, score +1"). Words only: the ranking and the effects are the standard's.
 */
public record StepView(NextStep step, Optional<String> completedTitle) {

    static final String NEW_REPOSITORY = "New repository";

    public static StepView of(NextStep step, PortfolioAssessment portfolio) {
        return new StepView(step, step.completes().map(slot -> title(portfolio, slot)));
    }

    /** The repository to change, or "New repository" for a project still to build. */
    public String who() {
        return step.newProject() ? NEW_REPOSITORY : step.repo();
    }

    /** What the step changes: the slot it completes and the standard met after it, then the score it adds. */
    public String effect() {
        String score = "score +" + step.impact();
        return completedTitle
                .map(title -> "completes " + title + ": standard met " + step.standardMetAfter() + "/"
                        + Archetype.SLOTS.size() + ", " + score)
                .orElse(score);
    }

    private static String title(PortfolioAssessment portfolio, Archetype slot) {
        SlotResult result = portfolio.slots().get(slot);
        return result == null ? slot.id() : result.title();
    }
}
