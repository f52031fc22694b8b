package dev.hireable.rules.readme;

import java.util.BitSet;

/** The distinct characters (code points) a text holds, found in one pass over it. */
final class TextCharacters {

    private final String distinct;

    private TextCharacters(String distinct) {
        this.distinct = distinct;
    }

    static TextCharacters of(CharSequence text) {
        BitSet basic = new BitSet(256);
        StringBuilder beyond = new StringBuilder();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                String pair = String.valueOf(new char[] {c, text.charAt(++i)});
                if (beyond.indexOf(pair) < 0) {
                    beyond.append(pair);
                }
            } else {
                basic.set(c);
            }
        }
        StringBuilder distinct = new StringBuilder(basic.cardinality() + beyond.length());
        for (int c = basic.nextSetBit(0); c >= 0; c = basic.nextSetBit(c + 1)) {
            distinct.append((char) c);
        }
        return new TextCharacters(distinct.append(beyond).toString());
    }

    /** Each character of the text once (a lone surrogate as itself, a code point beyond the basic plane whole). */
    String distinct() {
        return distinct;
    }
}
