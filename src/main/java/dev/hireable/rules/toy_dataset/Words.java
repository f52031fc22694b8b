package dev.hireable.rules.toy_dataset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of a text that are among the words asked for, normalised as column names are ({@link ToyDataset#normalise}):
 * runs of letters, digits and underscores in lower case without the underscores, so {@code sepal_length},
 * {@code SepalLength} and {@code name="sepal_length"} all give {@code sepallength}. Words joined by {@code -} or
 * {@code .} also give the joined word ({@code marital-status} gives {@code marital}, {@code status} and
 * {@code maritalstatus}). One pass over the text, no regular expression; a word is made a string only when its hash is
 * that of a word asked for, as code holds thousands of words and the column signatures a few dozen.
 */
final class Words {

    private final Set<String> wanted;
    private final int[] wantedHashes;

    Words(Set<String> wanted) {
        this.wanted = Set.copyOf(wanted);
        this.wantedHashes =
                wanted.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    Set<String> of(String text) {
        Set<String> found = new HashSet<>();
        addTo(found, text);
        return found;
    }

    void addTo(Set<String> found, String text) {
        Word word = new Word();
        Word joined = new Word();
        boolean compound = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
                char lower = c < 128 ? asciiLower(c) : Character.toLowerCase(c);
                word.append(lower);
                joined.append(lower);
            } else if (c == '_') {
                continue;
            } else {
                end(found, word);
                boolean joins = (c == '-' || c == '.') && joined.length > 0;
                if (joins) {
                    compound = true;
                } else {
                    if (compound) {
                        end(found, joined);
                    }
                    joined.clear();
                    compound = false;
                }
            }
        }
        end(found, word);
        if (compound) {
            end(found, joined);
        }
    }

    private void end(Set<String> found, Word word) {
        if (word.length > 0 && Arrays.binarySearch(wantedHashes, word.hash) >= 0) {
            String candidate = word.chars.toString();
            if (wanted.contains(candidate)) {
                found.add(candidate);
            }
        }
        word.clear();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A word being read: its characters and their {@link String#hashCode}. */
    private static final class Word {
        final StringBuilder chars = new StringBuilder();
        int hash;
        int length;

        void append(char c) {
            chars.append(c);
            hash = 31 * hash + c;
            length++;
        }

        void clear() {
            chars.setLength(0);
            hash = 0;
            length = 0;
        }
    }
}
