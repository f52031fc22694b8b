package dev.hireable.rules.context;

/**
 * How many line breaks a text has before each of its blocks ({@link Trigrams#BLOCK} characters): the line of a
 * position far into a long text is counted from the start of its block, not from the start of the text.
 */
final class BlockLineBreaks {

    private static final int[] ONE_BLOCK = new int[0];

    /** The line breaks before each block; empty for a text of one block, where there is nothing to skip. */
    private final int[] before;

    private BlockLineBreaks(int[] before) {
        this.before = before;
    }

    static BlockLineBreaks of(String text) {
        int blocks = (text.length() + Trigrams.BLOCK - 1) / Trigrams.BLOCK;
        if (blocks <= 1) {
            return new BlockLineBreaks(ONE_BLOCK);
        }
        // one pass: counting block by block would look past a block without a line break, to the next one
        int[] before = new int[blocks];
        int count = 0;
        int block = 1;
        for (int at = text.indexOf('\n'); at >= 0 && block < blocks; at = text.indexOf('\n', at + 1)) {
            while (block < blocks && at >= block * Trigrams.BLOCK) {
                before[block++] = count;
            }
            count++;
        }
        while (block < blocks) {
            before[block++] = count;
        }
        return new BlockLineBreaks(before);
    }

    /** The line breaks of the text before {@code position}. */
    int before(String text, int position) {
        int block = before.length == 0 ? 0 : Math.min(position / Trigrams.BLOCK, before.length - 1);
        int blockStart = block * Trigrams.BLOCK;
        return (block == 0 ? 0 : before[block]) + count(text, blockStart, position);
    }

    /** The line breaks of the text in [from, to). */
    static int count(String text, int from, int to) {
        int count = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }
}
