package dev.hireable.rules.context;

/**
 * Which three-character sequences a text holds, as a set of hashed bits. A text that lacks one of a hint's sequences
 * cannot hold the hint, so a search for it skips the text without scanning it: the rule patterns' hints are looked
 * for in every code file, and most files hold few of them. Hashing can only say "maybe" wrongly, never "no".
 *
 * <p>The set has about four bits per character of the text, so it stays mostly empty however long the text is: a
 * fixed size filled up on the long files, which then passed for almost every hint, and scanning those in vain was
 * most of the scanning.
 */
final class Trigrams {

    private static final int MIN_BITS = 256;
    /** 512 KB: a text of more than a million characters gets a fuller set rather than a larger one. */
    private static final int MAX_BITS = 1 << 22;

    private static final int BITS_PER_CHARACTER = 4;

    private final long[] bits;
    private final int mask;

    private Trigrams(int size) {
        this.bits = new long[size / Long.SIZE];
        this.mask = size - 1;
    }

    static Trigrams of(String text) {
        Trigrams trigrams = new Trigrams(sizeFor(text.length()));
        for (int i = 0; i + 2 < text.length(); i++) {
            int bit = trigrams.bit(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
            trigrams.bits[bit >>> 6] |= 1L << bit;
        }
        return trigrams;
    }

    /** The power of two nearest above {@link #BITS_PER_CHARACTER} per character, within the bounds. */
    static int sizeFor(int length) {
        long wanted = (long) length * BITS_PER_CHARACTER;
        if (wanted >= MAX_BITS) {
            return MAX_BITS;
        }
        return Math.max(MIN_BITS, Integer.highestOneBit((int) Math.max(1, wanted - 1)) << 1);
    }

    /** False when the text cannot contain {@code hint}; true when it may (always, for a hint under three characters). */
    boolean mayContain(String hint) {
        for (int i = 0; i + 2 < hint.length(); i++) {
            int bit = bit(hint.charAt(i), hint.charAt(i + 1), hint.charAt(i + 2));
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private int bit(char a, char b, char c) {
        int h = a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D;
        return (h ^ (h >>> 15)) & mask;
    }
}
