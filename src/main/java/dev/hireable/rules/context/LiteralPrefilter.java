package dev.hireable.rules.context;

import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a text can match any of several patterns, told by their literal hints (see {@link LiteralHint}) in one pass
 * over it (see {@link HintIndex}): a text that holds none of them cannot match, and most lines of prose name none of a
 * rule file's phrases. Says "maybe" for every text when one of the patterns has no hint.
 */
public final class LiteralPrefilter {

    /** Each pattern's own prefilter, worked out once per run: the rule vocabularies hold their patterns for all of it. */
    private static final Map<RulePattern, LiteralPrefilter> OF_ONE = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 10_000;

    private final HintIndex hints;
    private final boolean always;

    private LiteralPrefilter(HintIndex hints, boolean always) {
        this.hints = hints;
        this.always = always;
    }

    public static LiteralPrefilter of(List<RulePattern> patterns) {
        List<String> all = new ArrayList<>();
        for (RulePattern pattern : patterns) {
            List<String> own = CodeCue.of(pattern).hints();
            if (own.contains("")) {
                return new LiteralPrefilter(new HintIndex(List.of()), true);
            }
            all.addAll(own);
        }
        return new LiteralPrefilter(new HintIndex(all), false);
    }

    /** False only when no pattern can match the text. */
    public boolean mayMatch(CharSequence text) {
        return always || hints.anyIn(text);
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
