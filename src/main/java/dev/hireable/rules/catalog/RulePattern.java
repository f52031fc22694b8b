package dev.hireable.rules.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of a rule file, matched within a bounded amount of work. Rule files are data anyone can
 * extend with {@code --rules}, and they are matched against text a stranger wrote: a pattern that backtracks
 * exponentially on some line (such as {@code (.*a){14}$}) must stop, not hang the audit. Every match reads its input
 * through a counter; past a budget proportional to the input's length the match throws {@link TooComplex}, which the
 * rule engine reports as a module that could not finish (its signals unknown).
 */
public final class RulePattern {

    /** How many character reads per input character a match may make before it is stopped, plus a floor. */
    static final int READS_PER_CHARACTER = 400;
    static final int MINIMUM_READS = 200_000;

    private final Pattern pattern;

    private RulePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @throws IllegalArgumentException naming the pattern and what is wrong with it
     */
    public static RulePattern compile(String regex) {
        return compile(regex, 0);
    }

    public static RulePattern compile(String regex, int flags) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("a pattern must not be empty");
        }
        try {
            return new RulePattern(Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a valid regular expression: " + e.getDescription(), e);
        }
    }

    /** A matcher over the input that stops with {@link TooComplex} once its budget is spent. */
    public Matcher matcher(CharSequence input) {
        return pattern.matcher(new Budgeted(input, this));
    }

    public boolean find(CharSequence input) {
        return matcher(input).find();
    }

    /** The expression as written. */
    public String pattern() {
        return pattern.pattern();
    }

    public int flags() {
        return pattern.flags();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulePattern p && p.pattern.pattern().equals(pattern.pattern())
                && p.pattern.flags() == pattern.flags();
    }

    @Override
    public int hashCode() {
        return pattern.pattern().hashCode() * 31 + pattern.flags();
    }

    /** A match of a rule file's pattern that would take too long on its input; it was stopped. */
    public static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex(String pattern, int length) {
            super("the pattern '" + pattern + "' takes too long on a text of " + length
                    + " characters (it backtracks without end); it was stopped");
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
            this(text, 0, text.length(), new long[1], (long) READS_PER_CHARACTER * text.length() + MINIMUM_READS, owner);
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
                throw new TooComplex(owner.pattern(), text.length());
            }
            return text.charAt(offset + index);
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
