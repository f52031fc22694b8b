package dev.hireable.rules.context;

import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a text can match any of several patterns, told by their literal hints (see {@link LiteralHint}) in one pass
 * over it (see {@link HintIndex}): a text that holds none of them cannot match, and most lines of prose name none of a
 * rule file's phrases. Says "maybe" for every text when one of the patterns has no hint.
 */
public final class LiteralPrefilter {

    private final HintIndex hints;
    private final boolean always;

    private LiteralPrefilter(HintIndex hints, boolean always) {
        this.hints = hints;
        this.always = always;
    }

    public static LiteralPrefilter of(List<RulePattern> patterns) {
        List<String> all = new ArrayList<>();
        for (RulePattern pattern : patterns) {
            List<String> own = hintsOf(pattern);
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

    /** A pattern read in comments mode or as a literal has no hints that {@link LiteralHint} could trust. */
    private static List<String> hintsOf(RulePattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return List.of("");
        }
        return CodeCue.of(pattern).hints();
    }
}
