package dev.hireable.rules.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * A regular expression of a rule file, matched within a bounded amount of work. Rule files are data anyone can
 * extend with {@code --rules}, and they are matched against text a stranger wrote: a pattern that backtracks
 * exponentially on some line (such as {@code (.*a){14}$}) must stop, not hang the audit. Every match reads its input
 * through a counter; past a budget proportional to the input's length the match throws {@link TooComplex}, which the
 * rule engine reports as checks that could not finish (their signals unknown, the run partial).
 *
 * <p>A pattern knows where it was written ({@code rules/tracking.yaml:71}, or the overlay's path and line), so the
 * sentence that reports it can name the file to fix.
 */
public final class RulePattern {

    /** How many character reads per input character a match may make before it is stopped, plus a floor. */
    static final int READS_PER_CHARACTER = 400;

    static final int MINIMUM_READS = 20_000;
    /**
     * Room for the quadratic work an ordinary pattern does on hostile text ({@code ^\s*import} over a run of blank
     * lines reads the rest of the run from each line start): twice the square of the length, up to this cap, about a
     * second of matching. Exponential backtracking outgrows it within a few dozen characters.
     */
    static final long QUADRATIC_CAP = 200_000_000L;

    /**
     * Escaped letters that never match a line break: boundaries, anchors, word, digit and non-space classes,
     * horizontal space, tab, non-vertical space, named back-references.
     */
    private static final String ONE_LINE_ESCAPES = "bBwdSAGZzthVk";
    /** An inline flag group turning on dot-all ({@code s}) or comments ({@code x}) mode. */
    private static final Pattern INLINE_FLAGS_THAT_REACH_LINE_BREAKS = Pattern.compile("\\(\\?[a-zA-Z-]*[sx]");

    private final String regex;
    private final int flags;
    /** Worked out when asked (a pattern stopped, a problem reported): a start binds thousands and asks for none. */
    private final Supplier<String> origin;
    /** The patterns an alternation was joined from (see {@link #anyOf}); empty for a pattern as written. */
    private final List<RulePattern> parts;
    /** Compiled on first use (see {@link #checked}); a {@code Pattern} is immutable, so a race compiles it twice. */
    private volatile Pattern compiled;

    private RulePattern(String regex, int flags, Supplier<String> origin, List<RulePattern> parts, Pattern compiled) {
        this.regex = regex;
        this.flags = flags;
        this.origin = origin;
        this.parts = parts;
        this.compiled = compiled;
    }

    /**
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static RulePattern compile(String regex) {
        return compile(regex, 0);
    }

    public static RulePattern compile(String regex, int flags) {
        return compile(regex, flags, "");
    }

    /**
     * @param origin where the pattern was written, e.g. {@code rules/tracking.yaml:71}; empty when unknown
     */
    public static RulePattern compile(String regex, int flags, String origin) {
        return compile(regex, flags, () -> origin);
    }

    /**
     * @param origin where the pattern was written, worked out only when a message names it (locating a rule file's
     *     lines costs more than compiling)
     */
    public static RulePattern compile(String regex, int flags, Supplier<String> origin) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("a pattern must not be empty");
        }
        try {
            return new RulePattern(regex, flags, origin, List.of(), Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(notARegularExpression(e), e);
        }
    }

    /**
     * A pattern whose syntax was checked when the jar was built (a built-in rule file's, see RuleFilesCompileTest):
     * compiled on its first match, not at start. Most of the hundreds of patterns a start binds are never run on a
     * given repository, and compiling them all was a large part of the start-up.
     */
    static RulePattern checked(String regex, int flags, Supplier<String> origin) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("a pattern must not be empty");
        }
        return new RulePattern(regex, flags, origin, List.of(), null);
    }

    private Pattern compiled() {
        Pattern pattern = compiled;
        if (pattern == null) {
            pattern = Pattern.compile(regex, flags);
            compiled = pattern;
        }
        return pattern;
    }

    /** Why a pattern is invalid, e.g. {@code 'mlflow((' is not a valid regular expression: Unclosed group}. */
    static String notARegularExpression(PatternSyntaxException bad) {
        return "'" + bad.getPattern() + "' is not a valid regular expression: " + bad.getDescription();
    }

    /** The same expression with more flags (e.g. {@link Pattern#MULTILINE}), from the same place. */
    public RulePattern withFlags(int more) {
        if ((flags | more) == flags) {
            return this;
        }
        return new RulePattern(
                regex,
                flags | more,
                origin,
                parts.stream().map(part -> part.withFlags(more)).toList(),
                compiled == null ? null : Pattern.compile(regex, flags | more));
    }

    /**
     * One expression matching where any of the patterns matches, so a text is scanned once instead of once per
     * pattern. Its budget is the sum of theirs; when it is spent, the pattern that backtracks is the one named.
     */
    public static Optional<RulePattern> anyOf(List<RulePattern> patterns) {
        if (patterns.size() <= 1) {
            return patterns.stream().findFirst();
        }
        int flags = patterns.get(0).flags();
        if (patterns.stream().anyMatch(p -> p.flags() != flags)) {
            throw new IllegalArgumentException("patterns joined into one must have the same flags");
        }
        String joined = patterns.stream().map(p -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|"));
        List<RulePattern> parts = List.copyOf(patterns);
        Supplier<String> origins = () -> parts.stream()
                .map(RulePattern::origin)
                .filter(o -> !o.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        return Optional.of(new RulePattern(joined, flags, origins, parts, null));
    }

    /** A matcher over the input that stops with {@link TooComplex} once its budget is spent. */
    public Matcher matcher(CharSequence input) {
        return compiled().matcher(new Budgeted(input, this));
    }

    public boolean find(CharSequence input) {
        return matcher(input).find();
    }

    /**
     * Whether no match can hold a line break ({@code '\n'}), judged from the expression's text: false whenever it is
     * not plain, e.g. for {@code \s}, a negated class, a Unicode property that holds the line break ({@code \p{Space}},
     * {@code \P{L}}; {@code \p{L}} does not), an escaped code point or the dot in dot-all mode. A match of such a pattern lies within one line, so a line without its hints can be skipped.
     */
    public boolean staysOnOneLine() {
        if ((flags & (Pattern.DOTALL | Pattern.COMMENTS | Pattern.LITERAL)) != 0
                || regex.indexOf('\n') >= 0
                || regex.indexOf('\r') >= 0
                || regex.contains("[^")
                || INLINE_FLAGS_THAT_REACH_LINE_BREAKS.matcher(regex).find()) {
            return false;
        }
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                if (escaped == 'p' || escaped == 'P') {
                    int end = propertyEnd(i + 1);
                    if (end < 0
                            || Pattern.compile(regex.substring(i - 1, end), flags)
                                    .matcher("\n")
                                    .matches()) {
                        return false;
                    }
                    i = end - 1;
                } else if (Character.isLetter(escaped) && ONE_LINE_ESCAPES.indexOf(escaped) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a property escape's name ends ({@code \p{L}}, {@code \pL}), given where it starts; -1 if it does not. */
    private int propertyEnd(int nameStart) {
        if (nameStart >= regex.length()) {
            return -1;
        }
        if (regex.charAt(nameStart) != '{') {
            return nameStart + 1;
        }
        int close = regex.indexOf('}', nameStart);
        return close < 0 ? -1 : close + 1;
    }

    /** The expression as written (joined, for {@link #anyOf}). */
    public String pattern() {
        return regex;
    }

    public int flags() {
        return flags;
    }

    /** Where the pattern was written, e.g. {@code rules/tracking.yaml:71}; empty when unknown. */
    public String origin() {
        return origin.get();
    }

    @Override
    public String toString() {
        return regex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulePattern p && p.regex.equals(regex) && p.flags == flags;
    }

    @Override
    public int hashCode() {
        return regex.hashCode() * 31 + flags;
    }

    private long budget(int length) {
        long quadratic = Math.min(2L * length * length, QUADRATIC_CAP);
        return (long) Math.max(1, parts.size()) * ((long) READS_PER_CHARACTER * length + MINIMUM_READS + quadratic);
    }

    /** The pattern as written that overruns its own budget on the text: one of the parts of a joined pattern. */
    private RulePattern culprit(CharSequence text) {
        for (RulePattern part : parts) {
            try {
                Matcher matcher = part.matcher(text);
                while (matcher.find()) {
                    // every match is read, as the joined pattern would have
                }
            } catch (TooComplex e) {
                return e.pattern;
            }
        }
        return this;
    }

    /** A match of a rule file's pattern that would take too long on its input; it was stopped. */
    public static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient RulePattern pattern;
        private final int length;

        TooComplex(RulePattern pattern, int length) {
            super(describe(pattern, length));
            this.pattern = pattern;
            this.length = length;
        }

        /** The pattern that was stopped (the one as written, not an alternation it was joined into). */
        public RulePattern pattern() {
            return pattern;
        }

        /** The length of the text it was stopped on. */
        public int length() {
            return length;
        }

        /**
         * What happened, as part of a sentence: "the pattern '(.*a){14}$' of rules/tracking.yaml:71 takes too long on
         * a text of 30 characters (it backtracks without end) and was stopped".
         */
        public String explanation() {
            return describe(pattern, length);
        }

        private static String describe(RulePattern pattern, int length) {
            return "the pattern '" + pattern.pattern() + "'"
                    + (pattern.origin().isEmpty() ? "" : " of " + pattern.origin())
                    + " takes too long on a text of " + length
                    + " characters (it backtracks without end) and was stopped";
        }
    }

    /** The input, counting every character the matcher reads; sub-sequences share the count. */
    private static final class Budgeted implements CharSequence {
        private final CharSequence text;
        private final int offset;
        private final int length;
        private final long[] reads;
        private final long budget;
        private final RulePattern owner;

        Budgeted(CharSequence text, RulePattern owner) {
            this(text, 0, text.length(), new long[1], owner.budget(text.length()), owner);
        }

        private Budgeted(CharSequence text, int offset, int length, long[] reads, long budget, RulePattern owner) {
            this.text = text;
            this.offset = offset;
            this.length = length;
            this.reads = reads;
            this.budget = budget;
            this.owner = owner;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > budget) {
                throw new TooComplex(owner.culprit(text), text.length());
            }
            // a String read directly: a call through CharSequence costs a dispatch per character the matcher reads
            return text instanceof String string ? string.charAt(offset + index) : text.charAt(offset + index);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text, offset + start, end - start, reads, budget, owner);
        }

        @Override
        public String toString() {
            return text.subSequence(offset, offset + length).toString();
        }
    }
}
