package dev.hireable.rules.toy_dataset;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of a text, normalised as column names are ({@link ToyDataset#normalise}): runs of letters, digits and
 * underscores in lower case without the underscores, so {@code sepal_length}, {@code SepalLength} and
 * {@code name="sepal_length"} all give {@code sepallength}. Words joined by {@code -} or {@code .} also give the
 * joined word ({@code marital-status} gives {@code marital}, {@code status} and {@code maritalstatus}). One pass
 * over the text, no regular expression.
 */
final class Words {

    private Words() {}

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        addTo(words, text);
        return words;
    }

    static void addTo(Set<String> words, String text) {
        StringBuilder word = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        boolean compound = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                word.append(lower);
                joined.append(lower);
            } else if (c == '_') {
                continue;
            } else {
                end(words, word);
                boolean joins = (c == '-' || c == '.') && joined.length() > 0;
                if (joins) {
                    compound = true;
                } else {
                    if (compound) {
                        end(words, joined);
                    }
                    joined.setLength(0);
                    compound = false;
                }
            }
        }
        end(words, word);
        if (compound) {
            end(words, joined);
        }
    }

    private static void end(Set<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
