package dev.hireable.rules.context;

/**
 * Which three-character sequences each block of a text holds, as sets of hashed bits. A hint cannot start in a block that lacks its first sequence, or one of its others both there
 * and in the next block (into which the hint may run), so a search skips that block without scanning it, and skips
 * the whole text when every block is ruled out: the rule patterns' hints are looked for in every code file, most
 * files hold few of them, and a long file holds each in few places. Hashing can only say "maybe" wrongly, never "no".
 *
 * <p>A block's set has about four bits per character, so it stays mostly empty: one set of fixed size for a whole
 * text filled up on the long files, which then passed for almost every hint and were scanned whole.
 */
final class Trigrams {

    /** Characters per block: a hint is at most this long plus two to be ruled out (longer ones never are). */
    static final int BLOCK = 4096;

    private static final int MIN_BITS = 256;
    private static final int BITS_PER_CHARACTER = 4;

    private final int blocks;
    private final int blockBits;
    private final int mask;
    private final long[] bits;

    private Trigrams(int blocks, int blockBits) {
        this.blocks = blocks;
        this.blockBits = blockBits;
        this.mask = blockBits - 1;
        this.bits = new long[blocks * (blockBits / Long.SIZE)];
    }

    /** The trigrams of a text's lower-case copy (the hints are lower case). */
    static Trigrams of(String lowerText) {
        int length = lowerText.length();
        int blocks = Math.max(1, (length + BLOCK - 1) / BLOCK);
        Trigrams trigrams = new Trigrams(blocks, sizeFor(Math.min(length, BLOCK)));
        for (int block = 0; block < blocks; block++) {
            int offset = block * trigrams.blockBits;
            int end = Math.min(length - 2, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                int bit = offset
                        + (mix(hash(lowerText.charAt(i), lowerText.charAt(i + 1), lowerText.charAt(i + 2)))
                                & trigrams.mask);
                trigrams.bits[bit >>> 6] |= 1L << bit;
            }
        }
        return trigrams;
    }

    /** The smallest power of two of at least {@link #BITS_PER_CHARACTER} bits per character and {@link #MIN_BITS}. */
    static int sizeFor(int length) {
        long wanted = (long) length * BITS_PER_CHARACTER;
        return (int) Math.max(MIN_BITS, Long.highestOneBit(Math.max(1, wanted - 1)) << 1);
    }

    /**
     * A hint's trigrams, hashed once for every text it is looked for in; {@code null} for a hint no set can rule out
     * (under three characters, or longer than a block and two).
     */
    static int[] hashes(String hint) {
        if (hint.length() < 3 || hint.length() > BLOCK + 2) {
            return null;
        }
        int[] hashes = new int[hint.length() - 2];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = mix(hash(hint.charAt(i), hint.charAt(i + 1), hint.charAt(i + 2)));
        }
        return hashes;
    }

    /**
     * The first block from {@code from} on where a hint with these {@link #hashes} may start; -1 when none is left, so
     * -1 from block 0 when the text cannot hold the hint.
     */
    int nextBlock(int[] hashes, int from) {
        if (hashes == null) {
            return from < blocks ? from : -1;
        }
        for (int block = from; block < blocks; block++) {
            if (mayStartIn(hashes, block)) {
                return block;
            }
        }
        return -1;
    }

    /** The hint's first trigram starts in the block, and each of the others there or in the next block. */
    private boolean mayStartIn(int[] hashes, int block) {
        if (!holds(block, hashes[0] & mask)) {
            return false;
        }
        for (int i = 1; i < hashes.length; i++) {
            int bit = hashes[i] & mask;
            if (!holds(block, bit) && !(block + 1 < blocks && holds(block + 1, bit))) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(int block, int bit) {
        int at = block * blockBits + bit;
        return (bits[at >>> 6] & (1L << at)) != 0;
    }

    private static int hash(char a, char b, char c) {
        return a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D;
    }

    private static int mix(int h) {
        return h ^ (h >>> 15);
    }
}
