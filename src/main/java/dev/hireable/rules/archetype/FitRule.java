package dev.hireable.rules.archetype;

import dev.hireable.rules.SignalId;
import dev.hireable.rules.SignalSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How well a repository fits one archetype, from rules/archetype.yaml: considered when one of {@code requiresAny}
 * holds, scored by the weights of the signals that hold, fitting at the threshold.
 */
public record FitRule(List<SignalId> requiresAny, int threshold, Map<SignalId, Integer> weights) {

    public FitRule {
        requiresAny = List.copyOf(requiresAny == null ? List.of() : requiresAny);
        // the rule file's order breaks ties between equal weights in messages, so keep it
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights == null ? Map.of() : weights));
        if (requiresAny.isEmpty()) {
            throw new IllegalArgumentException("'requires_any' needs at least one signal");
        }
        if (threshold <= 0) {
            throw new IllegalArgumentException("'threshold' must be positive");
        }
    }

    /** The score, or empty when none of the required signals holds. */
    public OptionalInt score(SignalSet signals) {
        if (requiresAny.stream().noneMatch(id -> signals.holds(id.id()))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(weights.entrySet().stream()
                .filter(w -> signals.holds(w.getKey().id()))
                .mapToInt(Map.Entry::getValue)
                .sum());
    }

    /** The signals that hold and count for the fit, strongest first, ties in the rule file's order. */
    public List<String> reasons(SignalSet signals) {
        return weights.entrySet().stream()
                .filter(w -> w.getValue() > 0 && signals.holds(w.getKey().id()))
                .sorted(Map.Entry.<SignalId, Integer>comparingByValue().reversed())
                .map(w -> w.getKey().id())
                .toList();
    }

    /** Every signal the rule reads. */
    List<SignalId> reads() {
        return java.util.stream.Stream.concat(requiresAny.stream(), weights.keySet().stream())
                .toList();
    }
}
