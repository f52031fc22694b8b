package dev.hireable.rules.catalog;

import dev.hireable.rules.Outcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user reads about one rule, from rules/*.yaml: the title, why it matters, how to fix it, and the message
 * for each outcome. Messages may use the rule's declared {@code placeholders}, which its module fills.
 */
public record RuleDoc(
        String id, String title, String why, String fix, Set<String> placeholders, Map<Outcome, Template> messages) {

    public RuleDoc {
        placeholders = Set.copyOf(placeholders);
        messages = messages.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(messages));
    }

    /** The message for an outcome with its placeholders filled; falls back to the title. */
    public String message(Outcome outcome, Map<String, String> values) {
        Template message = messages.get(outcome);
        return message == null ? defaultMessage(outcome) : message.fill(values);
    }

    public Optional<String> remediation(Outcome outcome) {
        return outcome == Outcome.FAIL || outcome == Outcome.UNKNOWN ? Optional.of(fix) : Optional.empty();
    }

    private String defaultMessage(Outcome outcome) {
        return switch (outcome) {
            case PASS -> title + ": yes.";
            case FAIL -> title + ": no.";
            case NOT_APPLICABLE -> title + ": not applicable.";
            case UNKNOWN -> title + ": could not be decided.";
        };
    }
}
