package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The archetype decision in one place: which slot archetypes a repository fits, best first, and for each slot
 * which of the standard's requirements it meets and misses. Works on {@link Facts} alone, so the portfolio scoring
 * can ask the same questions of an assessment ({@code Facts.of(signals, archetypeSignal)}).
 */
public final class ArchetypeStandard {

    /** How well a repository fits one archetype and the facts that made it fit. */
    public record Fit(Archetype archetype, int score, List<Fact> reasons) {
        public Fit {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One slot's verdict. {@code missing} are the requirements that do not hold; {@code undecided} is true when
     * every missing requirement could still hold if the undecided facts did.
     */
    public record SlotVerdict(Archetype slot, boolean fits, List<Requirement> met, List<Requirement> missing,
                              boolean undecided) {
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

    /** The decision as rules/archetype.yaml (with any overlays) defines it. */
    public static ArchetypeStandard from(RuleCatalog catalog) {
        return catalog.section("archetype.yaml", "vocabulary", ArchetypeModule.Vocabulary.class).decision();
    }

    /** Every slot archetype considered for the repository, with its score, best first (ties: slot order). */
    public List<Fit> scores(Facts facts) {
        List<Fit> scored = new ArrayList<>();
        fitRules.forEach((archetype, rule) -> {
            OptionalInt score = rule.score(facts);
            if (score.isPresent()) {
                scored.add(new Fit(archetype, score.getAsInt(), rule.reasons(facts)));
            }
        });
        scored.sort(Comparator.comparingInt(Fit::score).reversed());
        return scored;
    }

    /** The slot archetypes the repository fits, best first; empty means {@code other}. */
    public List<Fit> fits(Facts facts) {
        return scores(facts).stream().filter(f -> f.score() >= fitRules.get(f.archetype()).threshold()).toList();
    }

    /** The contract's {@code archetypes}: the fitting slot archetypes best first, or {@code [other]}. */
    public List<Archetype> archetypes(Facts facts) {
        List<Archetype> fitting = fits(facts).stream().map(Fit::archetype).toList();
        return fitting.isEmpty() ? List.of(Archetype.OTHER) : fitting;
    }

    public SlotVerdict verdict(Archetype slot, Facts facts) {
        List<Requirement> rules = requirements.getOrDefault(slot, List.of());
        List<Requirement> met = rules.stream().filter(r -> r.metBy(facts)).toList();
        List<Requirement> missing = rules.stream().filter(r -> !r.metBy(facts)).toList();
        boolean undecided = !missing.isEmpty() && missing.stream().allMatch(r -> r.mayBeMetBy(facts));
        boolean fits = fits(facts).stream().anyMatch(f -> f.archetype() == slot);
        return new SlotVerdict(slot, fits, met, missing, undecided);
    }

    /** The slots whose standard the repository meets. */
    public Set<Archetype> meetsStandard(Facts facts) {
        Set<Archetype> meets = EnumSet.noneOf(Archetype.class);
        for (Archetype slot : requirements.keySet()) {
            if (verdict(slot, facts).meets()) {
                meets.add(slot);
            }
        }
        return meets;
    }
}
