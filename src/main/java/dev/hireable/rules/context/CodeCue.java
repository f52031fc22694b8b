package dev.hireable.rules.context;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A regular expression that marks a line of code, as written in rules/*.yaml. It carries lower-case texts of which every
 * match must contain one (derived from the expression), so a search runs the expression only in files that hold one. Rule modules share it.
 */
public record CodeCue(RulePattern pattern, List<String> hints) {

    public CodeCue {
        hints = hints.stream().map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
        if (hints.isEmpty()) {
            hints = List.of("");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CodeCue of(RulePattern pattern) {
        return new CodeCue(pattern, LiteralHint.of(pattern));
    }

    /** A cue written in code rather than read from a rule file (tests). */
    public static CodeCue of(String regex) {
        return of(RulePattern.compile(regex));
    }

    @JsonValue
    public String regex() {
        return pattern.pattern();
    }

    /**
     * Whether one line of any text (code, a README, a config) matches; the expression runs only when the line holds a
     * hint.
     *
     * @param lowerCaseLine the line in lower case, made once by the caller for all its cues
     */
    public boolean matches(String line, String lowerCaseLine) {
        for (String hint : hints) {
            if (hint.isEmpty() || lowerCaseLine.contains(hint)) {
                return pattern.matcher(line).find();
            }
        }
        return false;
    }

    /** The code lines this cue matches: those of files holding one of the hints, one search per hint. */
    public List<CodeLine> find(CodeIndex code) {
        if (hints.size() == 1) {
            return code.find(hints.get(0), pattern);
        }
        Set<CodeLine> found = new LinkedHashSet<>();
        hints.forEach(hint -> found.addAll(code.find(hint, pattern)));
        return List.copyOf(found);
    }

    /**
     * For each group of cues, the code lines accepted by {@code where} that match any cue of the group, at most
     * {@code limit} per group. Groups without a match are left out; the map keeps the groups' order.
     */
    public static <K> Map<K, List<CodeLine>> scan(
            CodeIndex code, Map<K, List<CodeCue>> groups, Predicate<CodeLine> where, int limit) {
        Map<K, List<CodeLine>> found = new LinkedHashMap<>();
        groups.forEach((key, cues) -> {
            List<CodeLine> hits = new ArrayList<>();
            for (CodeCue cue : cues) {
                for (CodeLine line : cue.find(code)) {
                    if (hits.size() < limit && where.test(line) && !hits.contains(line)) {
                        hits.add(line);
                    }
                }
            }
            if (!hits.isEmpty()) {
                found.put(key, List.copyOf(hits));
            }
        });
        return found;
    }

    /** The code lines matching any of the cues, at most {@code limit}. */
    public static List<CodeLine> scan(CodeIndex code, List<CodeCue> cues, int limit) {
        return scan(code, Map.of("", cues), line -> true, limit).getOrDefault("", List.of());
    }
}
