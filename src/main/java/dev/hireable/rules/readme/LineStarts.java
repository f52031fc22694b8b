package dev.hireable.rules.readme;

import java.util.Arrays;

/** Where each line of a text starts (lines end at {@code '\n'}): the line an offset is on, and where a line is. */
final class LineStarts {

    private final int[] starts;
    private final int length;

    private LineStarts(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static LineStarts of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineStarts(Arrays.copyOf(starts, count), text.length());
    }

    /** The line (from 0) the offset is on. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** Where the line starts. */
    int start(int line) {
        return starts[line];
    }

    /** Where the next line starts (past the line's {@code '\n'}), or the end of the text for the last line. */
    int end(int line) {
        return line + 1 < starts.length ? starts[line + 1] : length;
    }
}
