package dev.hireable.rules.archetype;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a repository fits one archetype, from rules/archetype.yaml: considered when one of {@code requiresAny}
 * holds, scored by the weights of the facts that hold, fitting at the threshold.
 */
public record FitRule(List<String> requiresAny, int threshold, Map<String, Integer> weights) {

    public FitRule {
        requiresAny = List.copyOf(requiresAny == null ? List.of() : requiresAny);
        // the rule file's order breaks ties between equal weights in messages, so keep it
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights == null ? Map.of() : weights));
        if (requiresAny.isEmpty()) {
            throw new IllegalArgumentException("'requires_any' needs at least one fact");
        }
        requiresAny.forEach(Fact::fromId);
        weights.keySet().forEach(Fact::fromId);
        if (threshold <= 0) {
            throw new IllegalArgumentException("'threshold' must be positive");
        }
    }

    /** The score, or empty when none of the required facts holds. */
    public java.util.OptionalInt score(Facts facts) {
        if (requiresAny.stream().map(Fact::fromId).noneMatch(facts::holds)) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(weights.entrySet().stream()
                .filter(w -> facts.holds(Fact.fromId(w.getKey())))
                .mapToInt(Map.Entry::getValue)
                .sum());
    }

    /** The facts that hold and count for the fit, strongest first, ties in the rule file's order. */
    public List<Fact> reasons(Facts facts) {
        return weights.entrySet().stream()
                .filter(w -> w.getValue() > 0 && facts.holds(Fact.fromId(w.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(w -> Fact.fromId(w.getKey()))
                .toList();
    }
}
