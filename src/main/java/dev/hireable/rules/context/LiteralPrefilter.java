package dev.hireable.rules.context;

import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a text can match any of several patterns, told by their literal hints (see {@link LiteralHint}) in one pass
 * over it (see {@link HintIndex}): a text that holds none of them cannot match, and most lines of prose name none of a
 * rule file's phrases. Says "maybe" for every text when one of the patterns has no hint. Patterns that tell cases
 * apart, with a few hints, have them looked for as written by the JDK's text search instead (about ten times faster on
 * a large file).
 */
public final class LiteralPrefilter {

    /** Each pattern's own prefilter, worked out once per run: the rule vocabularies hold their patterns for all of it. */
    private static final Map<RulePattern, LiteralPrefilter> OF_ONE = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 10_000;

    /** At most this many hints are looked for one by one, as written; more go through the automaton. */
    private static final int MAX_EXACT = 4;
    /** An inline flag group that turns case-insensitive matching on (or may: any group naming {@code i}). */
    private static final Pattern INLINE_ANY_CASE = Pattern.compile("\\(\\?[a-zA-Z-]*i");

    private final HintIndex hints;
    private final boolean always;
    /** Hints to look for as written, for a pattern that matches case-sensitively; empty when the automaton decides. */
    private final List<String> exact;

    private LiteralPrefilter(HintIndex hints, boolean always, List<String> exact) {
        this.hints = hints;
        this.always = always;
        this.exact = exact;
    }

    public static LiteralPrefilter of(List<RulePattern> patterns) {
        List<String> all = new ArrayList<>();
        for (RulePattern pattern : patterns) {
            List<String> own = LiteralHint.asWritten(pattern);
            if (own.contains("")) {
                return new LiteralPrefilter(new HintIndex(List.of()), true, List.of());
            }
            all.addAll(own);
        }
        List<String> hints = all.stream().distinct().toList();
        boolean asWritten =
                hints.size() <= MAX_EXACT && patterns.stream().allMatch(LiteralPrefilter::matchesCaseSensitively);
        // the automaton folds the hints itself, so it takes them as written too
        return new LiteralPrefilter(new HintIndex(hints), false, asWritten ? hints : List.of());
    }

    /**
     * Whether the pattern tells upper from lower case everywhere: then every match holds its hints exactly as written,
     * and a few of them are found faster by the JDK's own text search than by the case-folding automaton, which reads
     * the text a character at a time (a notebook of several megabytes is read once per such pattern).
     */
    static boolean matchesCaseSensitively(RulePattern pattern) {
        return (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.CANON_EQ)) == 0
                && !INLINE_ANY_CASE.matcher(pattern.pattern()).find();
    }

    /** False only when no pattern can match the text. */
    public boolean mayMatch(CharSequence text) {
        if (always) {
            return true;
        }
        if (!exact.isEmpty() && text instanceof String whole) {
            for (String hint : exact) {
                if (whole.contains(hint)) {
                    return true;
                }
            }
            return false;
        }
        return hints.anyIn(text);
    }

    /**
     * Whether one pattern can match a text: false only when the text holds none of the pattern's hints. One pass over
     * the text that stops at the first hint, folding as it goes: a caller asking several patterns about a large file
     * copies nothing.
     */
    public static boolean mayMatch(RulePattern pattern, CharSequence text) {
        LiteralPrefilter own = OF_ONE.get(pattern);
        if (own == null) {
            own = of(List.of(pattern));
            if (OF_ONE.size() < MAX_REMEMBERED) {
                OF_ONE.putIfAbsent(pattern, own);
            }
        }
        return own.mayMatch(text);
    }
}
