package dev.hireable.rules.archetype;

import dev.hireable.rules.SignalId;
import dev.hireable.rules.SignalSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * One requirement of a slot's standard, from rules/archetype.yaml: every signal of {@code allOf}, at least one of
 * {@code anyOf} (when given) and none of {@code noneOf} must hold.
 *
 * @param requirement what a report names when it is missing, e.g. "a model registry"
 */
public record Requirement(String requirement, List<SignalId> allOf, List<SignalId> anyOf, List<SignalId> noneOf) {

    public Requirement {
        if (requirement == null || requirement.isBlank()) {
            throw new IllegalArgumentException("a requirement needs its 'requirement' text");
        }
        allOf = List.copyOf(allOf == null ? List.of() : allOf);
        anyOf = List.copyOf(anyOf == null ? List.of() : anyOf);
        noneOf = List.copyOf(noneOf == null ? List.of() : noneOf);
        if (allOf.isEmpty() && anyOf.isEmpty() && noneOf.isEmpty()) {
            throw new IllegalArgumentException("the requirement '" + requirement + "' names no signal");
        }
    }

    public boolean metBy(SignalSet signals) {
        return allOf.stream().allMatch(id -> signals.holds(id.id()))
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(id -> signals.holds(id.id())))
                && noneOf.stream().noneMatch(id -> signals.holds(id.id()));
    }

    /** Whether it could be met if the unknown signals held (an unknown none_of signal is taken as absent). */
    public boolean mayBeMetBy(SignalSet signals) {
        return allOf.stream().allMatch(id -> signals.mayHold(id.id()))
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(id -> signals.mayHold(id.id())))
                && noneOf.stream().noneMatch(id -> signals.holds(id.id()));
    }

    /** The signals whose holding meets it (what a pass can show as evidence). */
    List<String> shownBy() {
        return Stream.concat(allOf.stream(), anyOf.stream()).map(SignalId::id).toList();
    }

    List<SignalId> reads() {
        return Stream.of(allOf, anyOf, noneOf).flatMap(List::stream).toList();
    }
}
