package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The archetype decision in one place: which slot archetypes a repository fits, best first, and for each slot
 * which of the archetype's requirements it meets and misses. Works on a repository's signals alone.
 */
public final class ArchetypeStandard {

    /** How well a repository fits one archetype and the signals that made it fit. */
    public record Fit(Archetype archetype, int score, List<String> reasons) {
        public Fit {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One slot's verdict. {@code missing} are the requirements that do not hold; {@code undecided} is true when
     * every missing requirement could still hold if the unknown signals did.
     */
    public record SlotVerdict(
            Archetype slot, boolean fits, List<Requirement> met, List<Requirement> missing, boolean undecided) {
        public SlotVerdict {
            met = List.copyOf(met);
            missing = List.copyOf(missing);
        }

        public boolean meets() {
            return fits && missing.isEmpty();
        }

        public Outcome outcome() {
            if (!fits) {
                return Outcome.NOT_APPLICABLE;
            }
            if (missing.isEmpty()) {
                return Outcome.PASS;
            }
            return undecided ? Outcome.UNKNOWN : Outcome.FAIL;
        }

        public List<String> missingNames() {
            return missing.stream().map(Requirement::requirement).toList();
        }
    }

    private final Map<Archetype, FitRule> fitRules;
    private final Map<Archetype, List<Requirement>> requirements;

    ArchetypeStandard(Map<Archetype, FitRule> fitRules, Map<Archetype, List<Requirement>> requirements) {
        this.fitRules = new EnumMap<>(fitRules);
        this.requirements = new EnumMap<>(requirements);
    }

    /** Every slot archetype considered for the repository, with its score, best first (ties: slot order). */
    public List<Fit> scores(SignalSet signals) {
        List<Fit> scored = new ArrayList<>();
        fitRules.forEach((archetype, rule) -> {
            OptionalInt score = rule.score(signals);
            if (score.isPresent()) {
                scored.add(new Fit(archetype, score.getAsInt(), rule.reasons(signals)));
            }
        });
        scored.sort(Comparator.comparingInt(Fit::score).reversed());
        return scored;
    }

    /** Every signal the decision reads. */
    java.util.Set<String> reads() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        fitRules.values().forEach(rule -> rule.reads().forEach(id -> ids.add(id.id())));
        requirements
                .values()
                .forEach(rules -> rules.forEach(rule -> rule.reads().forEach(id -> ids.add(id.id()))));
        return ids;
    }

    /** The slot archetypes the repository fits, best first; empty means {@code other}. */
    public List<Fit> fits(SignalSet signals) {
        return scores(signals).stream()
                .filter(f -> f.score() >= fitRules.get(f.archetype()).threshold())
                .toList();
    }

    /** The contract's {@code archetypes}: the fitting slot archetypes best first, or {@code [other]}. */
    public List<Archetype> archetypes(SignalSet signals) {
        List<Archetype> fitting = fits(signals).stream().map(Fit::archetype).toList();
        return fitting.isEmpty() ? List.of(Archetype.OTHER) : fitting;
    }

    public SlotVerdict verdict(Archetype slot, SignalSet signals) {
        List<Requirement> rules = requirements.getOrDefault(slot, List.of());
        List<Requirement> met = rules.stream().filter(r -> r.metBy(signals)).toList();
        List<Requirement> missing =
                rules.stream().filter(r -> !r.metBy(signals)).toList();
        boolean undecided = !missing.isEmpty() && missing.stream().allMatch(r -> r.mayBeMetBy(signals));
        boolean fits = fits(signals).stream().anyMatch(f -> f.archetype() == slot);
        return new SlotVerdict(slot, fits, met, missing, undecided);
    }
}
