package dev.hireable.rules.archetype;

import java.util.List;

/**
 * One requirement of a slot's standard, from rules/archetype.yaml: every fact of {@code allOf}, at least one of
 * {@code anyOf} (when given) and none of {@code noneOf} must hold.
 *
 * @param requirement what a report names when it is missing, e.g. "a model registry"
 */
public record Requirement(String requirement, List<String> allOf, List<String> anyOf, List<String> noneOf) {

    public Requirement {
        if (requirement == null || requirement.isBlank()) {
            throw new IllegalArgumentException("a requirement needs its 'requirement' text");
        }
        allOf = List.copyOf(allOf == null ? List.of() : allOf);
        anyOf = List.copyOf(anyOf == null ? List.of() : anyOf);
        noneOf = List.copyOf(noneOf == null ? List.of() : noneOf);
        if (allOf.isEmpty() && anyOf.isEmpty() && noneOf.isEmpty()) {
            throw new IllegalArgumentException("the requirement '" + requirement + "' names no fact");
        }
        allOf.forEach(Fact::fromId);
        anyOf.forEach(Fact::fromId);
        noneOf.forEach(Fact::fromId);
    }

    public boolean metBy(Facts facts) {
        return allOf.stream().map(Fact::fromId).allMatch(facts::holds)
                && (anyOf.isEmpty() || anyOf.stream().map(Fact::fromId).anyMatch(facts::holds))
                && noneOf.stream().map(Fact::fromId).noneMatch(facts::holds);
    }

    /** Whether it could be met if the undecided facts held (a none_of fact that is undecided is taken as absent). */
    public boolean mayBeMetBy(Facts facts) {
        return allOf.stream().map(Fact::fromId).allMatch(facts::mayHold)
                && (anyOf.isEmpty() || anyOf.stream().map(Fact::fromId).anyMatch(facts::mayHold))
                && noneOf.stream().map(Fact::fromId).noneMatch(facts::holds);
    }
}
