package dev.hireable.rules.readme;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.HintIndex;
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

    /**
     * Words of letters between the bars, or two such words and a space ({@code para el}): anything else is left to
     * the regular expression.
     */
    private static final Pattern SHAPE =
            Pattern.compile("\\\\b\\((?:\\?:)?(\\p{L}+(?: \\p{L}+)?(?:\\|\\p{L}+(?: \\p{L}+)?)*)\\)\\\\b");

    /** The entries, folded: a word, or two words and a space. */
    private final Set<String> entries;

    private WordList(Set<String> entries) {
        this.entries = entries;
    }

    /**
     * The words a pattern lists, or empty when it is not such a list matched as the README patterns are. A list where
     * the second word of a pair also starts an entry, or the first is an entry of its own, is left to the regular
     * expression: one match would take words from another, which counting words apart does not see.
     */
    static Optional<WordList> of(RulePattern pattern) {
        var shape = SHAPE.matcher(pattern.pattern());
        if (pattern.flags() != ReadmeVocabulary.REGEX_FLAGS || !shape.matches()) {
            return Optional.empty();
        }
        Set<String> entries =
                Arrays.stream(shape.group(1).split("\\|")).map(HintIndex::fold).collect(Collectors.toSet());
        Set<String> firstWords = entries.stream().map(WordList::firstWord).collect(Collectors.toSet());
        boolean pairsStandApart = entries.stream()
                .filter(entry -> entry.indexOf(' ') >= 0)
                .noneMatch(pair -> firstWords.contains(pair.substring(pair.indexOf(' ') + 1))
                        || entries.contains(firstWord(pair)));
        return pairsStandApart ? Optional.of(new WordList(entries)) : Optional.empty();
    }

    /** The first words of the list's pairs: the words after which a text's next word is counted with them. */
    Set<String> pairStarts() {
        return entries.stream()
                .filter(entry -> entry.indexOf(' ') >= 0)
                .map(WordList::firstWord)
                .collect(Collectors.toSet());
    }

    /** How many words (and pairs of words) of the text are in the list. */
    int countIn(Counts text) {
        int count = 0;
        for (String entry : entries) {
            count += text.of(entry);
        }
        return count;
    }

    private static String firstWord(String entry) {
        int space = entry.indexOf(' ');
        return space < 0 ? entry : entry.substring(0, space);
    }

    /**
     * The words of a text (runs of the characters {@code \w} stands for in Unicode mode, which {@code \b} sees as
     * word characters), folded, with how often each occurs.
     */
    static final class Counts {

        private final Map<String, Integer> counts = new HashMap<>();
        private final Set<String> pairStarts;

        /**
         * @param pairStarts words after which the next word, when one space apart, is also counted as a pair with
         *     them ({@code para el})
         */
        Counts(CharSequence text, Set<String> pairStarts) {
            this.pairStarts = Set.copyOf(pairStarts);
            int length = text.length();
            int at = 0;
            String previous = null;
            int previousEnd = -2;
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
                String word = HintIndex.fold(text.subSequence(start, at).toString());
                counts.merge(word, 1, Integer::sum);
                if (previous != null && previousEnd == start - 1 && text.charAt(start - 1) == ' ') {
                    counts.merge(previous + ' ' + word, 1, Integer::sum);
                }
                previous = pairStarts.contains(word) ? word : null;
                previousEnd = at;
            }
        }

        /** Whether the pairs of a list are counted here: those starting with one of these words are. */
        boolean countsThePairsOf(WordList list) {
            return pairStarts.containsAll(list.pairStarts());
        }

        /** How often a folded word (or pair of words) occurs. */
        int of(String folded) {
            return counts.getOrDefault(folded, 0);
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
