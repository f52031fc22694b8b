package dev.hireable.rules.archetype;

import dev.hireable.rules.ArchetypeSignal;
import dev.hireable.rules.Signals;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts that hold for one repository, and those that could not be decided (a trait looked for in code that
 * could not all be read). An undecided fact does not hold.
 */
public record Facts(Set<Fact> holding, Set<Fact> undecided) {

    public Facts {
        holding = holding.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holding));
        undecided = undecided.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(undecided));
    }

    /**
     * The facts of a repository from its signals and archetype traits, plus any further traits found (e.g. by the
     * archetype module: a tabular model, a transformer library).
     */
    public static Facts of(Signals signals, ArchetypeSignal traits, Collection<Fact> moreTraits, Collection<Fact> undecided) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        facts.addAll(moreTraits);
        add(facts, Fact.TABULAR_DATA, traits.tabularData());
        add(facts, Fact.TRAINS_MODEL, traits.trainsModelInCode());
        add(facts, Fact.FINETUNES_PRETRAINED, traits.finetunesPretrained());
        add(facts, Fact.PIPELINE, traits.pipeline());
        add(facts, Fact.SERVING, !signals.endpoint().serving().isEmpty());
        add(facts, Fact.LIVE_URL, !signals.endpoint().liveUrls().isEmpty());
        add(facts, Fact.DEPLOYED, signals.endpoint().deployed());
        add(facts, Fact.DOCKERFILE, signals.dockerfile().present());
        add(facts, Fact.TRACKING, !signals.experimentTracking().tools().isEmpty());
        add(facts, Fact.TRACKING_IN_CODE, signals.experimentTracking().usedInCode());
        add(facts, Fact.MODEL_REGISTRY, signals.modelRegistry());
        add(facts, Fact.DATA_VERSIONING, signals.dataVersioning());
        add(facts, Fact.ORCHESTRATION, !signals.orchestration().isEmpty());
        add(facts, Fact.MONITORING, signals.monitoring());
        add(facts, Fact.CI, signals.ci());
        add(facts, Fact.TESTS, signals.tests());
        add(facts, Fact.README_PROBLEM, signals.readme().problem());
        add(facts, Fact.TOY_DATASET, signals.toyDataset().isPresent());
        add(facts, Fact.NOTEBOOK_ONLY, signals.notebookOnly());
        Set<Fact> open = EnumSet.noneOf(Fact.class);
        open.addAll(undecided);
        open.removeAll(facts);
        return new Facts(facts, open);
    }

    /** The facts of a repository from its assessment alone, as the scoring of a portfolio sees them. */
    public static Facts of(Signals signals, ArchetypeSignal traits) {
        return of(signals, traits, Set.of(), Set.of());
    }

    public boolean holds(Fact fact) {
        return holding.contains(fact);
    }

    /** Whether the fact holds, or might if the undecided facts did. */
    public boolean mayHold(Fact fact) {
        return holding.contains(fact) || undecided.contains(fact);
    }

    private static void add(Set<Fact> facts, Fact fact, boolean holds) {
        if (holds) {
            facts.add(fact);
        }
    }
}
