package dev.hireable.rules.catalog;

import dev.hireable.rules.Outcome;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user reads about one rule, from rules/*.yaml: the title, why it matters, how to fix it, and the message
 * for each outcome. Messages may hold {@code {placeholders}} filled by the rule.
 */
public record RuleDoc(String id, String title, String why, String fix, Map<Outcome, String> messages) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

    public RuleDoc {
        messages = messages.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(messages));
    }

    /** The message for an outcome with its placeholders filled; falls back to the title. */
    public String message(Outcome outcome, Map<String, String> values) {
        return fill(messages.getOrDefault(outcome, defaultMessage(outcome)), values);
    }

    /** A text of a rule file with its {@code {placeholders}} filled; unknown placeholders are left as written. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group(0));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
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
