package dev.hireable.rules.readme;

import dev.hireable.rules.catalog.RulePattern;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pattern that is one character class repeated at least once, such as a script's letters ({@code [ğşı]},
 * {@code \p{IsHan}}, {@code \p{IsCyrillic}{3,}}): every match is made of the class's characters, so a text holding
 * none of them has no match and need not be scanned. Most READMEs hold none of a given script's letters, and a scan
 * that finds nothing reads the whole text, testing each character against the whole class.
 */
final class ClassRun {

    /**
     * Inline flags ({@code (?-i)}), a bracketed class without nested classes or a property, then a quantifier that asks
     * for one or more.
     */
    private static final Pattern SHAPE = Pattern.compile("((?:\\(\\?[a-zA-Z]*-?[a-zA-Z]*\\))?"
            + "(?:\\[(?:\\\\.|[^\\\\\\[\\]])+\\]|\\\\[pP]\\{[\\w=]+\\}))(?:\\+|\\{[1-9]\\d*(?:,\\d*)?\\})?[+?]?");

    private static final int LATIN_1 = 256;

    private final Pattern member;
    /** Which of the first 256 characters are in the class, worked out on first use. */
    private volatile boolean[] latin1;

    private ClassRun(Pattern member) {
        this.member = member;
    }

    /** The class a pattern is a run of, or empty for any other pattern. */
    static Optional<ClassRun> of(RulePattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return Optional.empty();
        }
        var shape = SHAPE.matcher(pattern.pattern());
        if (!shape.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ClassRun(Pattern.compile(shape.group(1), pattern.flags())));
    }

    /** Whether one of the characters of a text is in the class. */
    boolean anyIn(TextCharacters characters) {
        boolean[] low = latin1();
        for (int c = characters.next(0); c >= 0; c = characters.next(c + 1)) {
            if (c < LATIN_1 ? low[c] : contains(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(int codePoint) {
        return member.matcher(Character.toString(codePoint)).matches();
    }

    private boolean[] latin1() {
        boolean[] known = latin1;
        if (known == null) {
            known = new boolean[LATIN_1];
            for (int c = 0; c < LATIN_1; c++) {
                known[c] = contains(c);
            }
            latin1 = known;
        }
        return known;
    }
}
