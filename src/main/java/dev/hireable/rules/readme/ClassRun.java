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

    private final Pattern member;

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

    /** Whether one of the characters of a text is in the class: one search of its distinct characters. */
    boolean anyIn(TextCharacters characters) {
        return member.matcher(characters.distinct()).find();
    }
}
