package dev.hireable.rules.readme;

import java.util.Arrays;
import java.util.BitSet;

/** The distinct characters (code points) a text holds, found in one pass over it. */
final class TextCharacters {

    private final String distinct;

    private TextCharacters(String distinct) {
        this.distinct = distinct;
    }

    static TextCharacters of(CharSequence text) {
        BitSet basic = new BitSet(256);
        int[] beyond = new int[0];
        int beyondCount = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if (indexOf(beyond, beyondCount, codePoint) < 0) {
                    if (beyondCount == beyond.length) {
                        beyond = Arrays.copyOf(beyond, Math.max(8, beyondCount * 2));
                    }
                    beyond[beyondCount++] = codePoint;
                }
            } else {
                basic.set(c);
            }
        }
        StringBuilder distinct = new StringBuilder(basic.cardinality() + 2 * beyondCount);
        for (int c = basic.nextSetBit(0); c >= 0; c = basic.nextSetBit(c + 1)) {
            distinct.append((char) c);
        }
        int[] sorted = Arrays.copyOf(beyond, beyondCount);
        Arrays.sort(sorted);
        for (int codePoint : sorted) {
            distinct.appendCodePoint(codePoint);
        }
        return new TextCharacters(distinct.toString());
    }

    /** Each character of the text once, in code point order (a lone surrogate as itself). */
    String distinct() {
        return distinct;
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
