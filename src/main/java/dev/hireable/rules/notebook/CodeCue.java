package dev.hireable.rules.notebook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hireable.rules.context.CodeLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression that marks a line of code, as written in rules/*.yaml. It carries the lower-case literal every
 * match must contain (derived from the expression), so a scan over many lines runs the expression only where it can
 * match. The notebook, toy dataset and archetype modules share it.
 */
public record CodeCue(Pattern pattern, String hint) {

    public CodeCue {
        hint = hint.toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CodeCue of(String regex) {
        if (regex == null || regex.isBlank()) {
            throw new IllegalArgumentException("a code pattern must not be empty");
        }
        try {
            return new CodeCue(Pattern.compile(regex), LiteralHint.of(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a valid regular expression: " + e.getDescription(), e);
        }
    }

    @JsonValue
    public String regex() {
        return pattern.pattern();
    }

    /** Whether the line matches; {@code lowerLine} is the same line in lower case, computed once per line. */
    public boolean matches(String line, String lowerLine) {
        return (hint.isEmpty() || lowerLine.contains(hint)) && pattern.matcher(line).find();
    }

    /**
     * One pass over the lines: for each group of cues, the lines matching any cue of the group, at most
     * {@code limit} per group. Groups without a match are left out.
     */
    public static <K> Map<K, List<CodeLine>> scan(List<CodeLine> lines, Map<K, List<CodeCue>> groups, int limit) {
        Map<K, List<CodeLine>> found = new LinkedHashMap<>();
        for (CodeLine line : lines) {
            String lower = line.text().toLowerCase(Locale.ROOT);
            for (Map.Entry<K, List<CodeCue>> group : groups.entrySet()) {
                List<CodeLine> hits = found.get(group.getKey());
                if (hits != null && hits.size() >= limit) {
                    continue;
                }
                if (group.getValue().stream().anyMatch(cue -> cue.matches(line.text(), lower))) {
                    found.computeIfAbsent(group.getKey(), k -> new ArrayList<>()).add(line);
                }
            }
        }
        return found;
    }

    /** The lines matching any of the cues, at most {@code limit}. */
    public static List<CodeLine> scan(List<CodeLine> lines, List<CodeCue> cues, int limit) {
        return scan(lines, Map.of("", cues), limit).getOrDefault("", List.of());
    }
}
