package dev.hireable.rules.readme;

import java.util.Arrays;
import java.util.BitSet;

/** The distinct characters (code points) a text holds, found in one pass over it. */
final class TextCharacters {

    private static final int SUPPLEMENTARY = Character.MIN_SUPPLEMENTARY_CODE_POINT;

    private final BitSet basic;
    /** Code points beyond the basic plane (emoji, rare CJK), sorted; few in any text. */
    private final int[] supplementary;

    private TextCharacters(BitSet basic, int[] supplementary) {
        this.basic = basic;
        this.supplementary = supplementary;
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
        int[] sorted = Arrays.copyOf(beyond, beyondCount);
        Arrays.sort(sorted);
        return new TextCharacters(basic, sorted);
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The smallest code point of the text at or above {@code from}, or -1 when there is none. */
    int next(int from) {
        if (from < SUPPLEMENTARY) {
            int c = basic.nextSetBit(from);
            if (c >= 0) {
                return c;
            }
            from = SUPPLEMENTARY;
        }
        int index = Arrays.binarySearch(supplementary, from);
        index = index >= 0 ? index : -index - 1;
        return index < supplementary.length ? supplementary[index] : -1;
    }
}
