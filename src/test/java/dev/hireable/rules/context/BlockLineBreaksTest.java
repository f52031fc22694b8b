package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockLineBreaksTest {

    @Test
    void lineBreaksBeforeAPositionAreCountedAcrossBlocks() {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3 * Trigrams.BLOCK + 100) {
            text.append(random.nextInt(8) == 0 ? '\n' : 'a');
        }
        String written = text.toString();
        BlockLineBreaks lineBreaks = BlockLineBreaks.of(written);
        for (int position :
                new int[] {0, 1, Trigrams.BLOCK - 1, Trigrams.BLOCK, 2 * Trigrams.BLOCK + 7, written.length()}) {
            long expected = written.substring(0, position)
                    .chars()
                    .filter(c -> c == '\n')
                    .count();
            assertThat(lineBreaks.before(written, position))
                    .as("at %d", position)
                    .isEqualTo(expected);
        }
    }
}
