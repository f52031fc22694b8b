package dev.hireable.rules.context;

/**
 * Which three-character sequences a text holds, as a set of 4,096 hashed bits. A text that lacks one of a hint's
 * sequences cannot hold the hint, so a search for it skips the text without scanning it: the rule patterns' hints
 * are looked for in every code file, and most files hold few of them. Hashing can only say "maybe" wrongly, never
 * "no"; a very large text sets most bits and is simply scanned.
 */
final class Trigrams {

    private static final int BITS = 4096;

    private final long[] bits = new long[BITS / Long.SIZE];

    private Trigrams() {}

    static Trigrams of(String text) {
        Trigrams trigrams = new Trigrams();
        for (int i = 0; i + 2 < text.length(); i++) {
            int bit = hash(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
            trigrams.bits[bit >>> 6] |= 1L << bit;
        }
        return trigrams;
    }

    /** False when the text cannot contain {@code hint}; true when it may (always, for a hint under three characters). */
    boolean mayContain(String hint) {
        for (int i = 0; i + 2 < hint.length(); i++) {
            int bit = hash(hint.charAt(i), hint.charAt(i + 1), hint.charAt(i + 2));
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char a, char b, char c) {
        int h = a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D;
        return (h ^ (h >>> 15)) & (BITS - 1);
    }
}
