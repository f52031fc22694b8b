package dev.hireable.rules.readme;

import dev.hireable.rules.catalog.RulePattern;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cue that is a list of whole words ({@code \b(der|die|das)\b}), matched as the README patterns are (any case,
 * Unicode words): its matches are the words of a text equal to one of its own. The words of a text are counted once
 * for all such cues (the language markers), where a scan per cue tried each of its words at every position.
 */
final class WordList {

    /** Letters only between the bars: a word with a space or a symbol is left to the regular expression. */
    private static final Pattern SHAPE = Pattern.compile("\\\\b\\((?:\\?:)?(\\p{L}+(?:\\|\\p{L}+)*)\\)\\\\b");

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = words;
    }

    /** The words a pattern lists, or empty when it is not such a list matched as the README patterns are. */
    static Optional<WordList> of(RulePattern pattern) {
        var shape = SHAPE.matcher(pattern.pattern());
        if (pattern.flags() != ReadmeVocabulary.REGEX_FLAGS || !shape.matches()) {
            return Optional.empty();
        }
        return Optional.of(new WordList(
                Arrays.stream(shape.group(1).split("\\|")).map(WordList::fold).collect(Collectors.toSet())));
    }

    /** How many words of the text are in the list. */
    int countIn(Counts text) {
        int count = 0;
        for (String word : words) {
            count += text.of(word);
        }
        return count;
    }

    /** A word as the case-insensitive match compares it: each character upper-cased, then lower-cased. */
    static String fold(CharSequence word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            folded.append(c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : foldChar(c));
        }
        return folded.toString();
    }

    /** As the case-insensitive match compares a character ({@code char} by {@code char}, as it does). */
    private static char foldChar(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The words of a text (runs of the characters {@code \w} stands for in Unicode mode, which {@code \b} sees as
     * word characters), folded, with how often each occurs.
     */
    static final class Counts {

        private final Map<String, Integer> counts = new HashMap<>();

        Counts(CharSequence text) {
            int length = text.length();
            int at = 0;
            while (at < length) {
                int c = Character.codePointAt(text, at);
                if (!isWordCharacter(c)) {
                    at += Character.charCount(c);
                    continue;
                }
                int start = at;
                while (at < length && isWordCharacter(c = Character.codePointAt(text, at))) {
                    at += Character.charCount(c);
                }
                counts.merge(fold(text.subSequence(start, at)), 1, Integer::sum);
            }
        }

        int of(String foldedWord) {
            return counts.getOrDefault(foldedWord, 0);
        }

        private static final int OTHER_WORD_TYPES = (1 << Character.NON_SPACING_MARK)
                | (1 << Character.ENCLOSING_MARK)
                | (1 << Character.COMBINING_SPACING_MARK)
                | (1 << Character.DECIMAL_DIGIT_NUMBER)
                | (1 << Character.CONNECTOR_PUNCTUATION);

        /** As {@code \w} with {@code UNICODE_CHARACTER_CLASS}: alphabetic, a mark, a digit, a connector, a joiner. */
        static boolean isWordCharacter(int c) {
            if (c < 128) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            }
            return Character.isAlphabetic(c)
                    || ((OTHER_WORD_TYPES >> Character.getType(c)) & 1) != 0
                    || c == 0x200C
                    || c == 0x200D;
        }
    }
}
