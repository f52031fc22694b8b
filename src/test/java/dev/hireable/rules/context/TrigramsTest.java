package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrigramsTest {

    @Test
    void textMayContainEveryPieceOfItselfAndNotAWordItLacks() {
        Trigrams trigrams = lowerCase("import mlflow\nmlflow.autolog()\n");

        assertThat(mayContain(trigrams, "mlflow.autolog(")).isTrue();
        assertThat(mayContain(trigrams, "w\nm")).isTrue();
        assertThat(mayContain(trigrams, "wandb")).isFalse();
    }

    @Test
    void hintShorterThanThreeCharactersIsNeverRuledOut() {
        assertThat(mayContain(lowerCase(""), "ab")).isTrue();
        assertThat(mayContain(lowerCase("xyz"), "")).isTrue();
    }

    @Test
    void noSubstringOfARandomTextIsEverRuledOut() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append((char) ('a' + random.nextInt(26))).append(i % 40 == 0 ? "\n" : "");
        }
        Trigrams trigrams = lowerCase(text.toString());
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(text.length() - 12);
            assertThat(mayContain(trigrams, text.substring(start, start + 3 + random.nextInt(9))))
                    .isTrue();
        }
    }

    @Test
    void aLongTextRulesOutMostOfItsBlocksForAHintItLacks() {
        // every trigram of 35 characters occurs in it, none with a 'z': one set for the whole text would be full
        Random random = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxy0123456789";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100 * Trigrams.BLOCK; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Trigrams trigrams = lowerCase(text.toString());
        int candidates = 0;
        for (int i = 0; i < 20; i++) {
            int[] hint = Trigrams.hashes("z" + alphabet.charAt(random.nextInt(alphabet.length())) + "z"
                    + alphabet.charAt(random.nextInt(alphabet.length())) + "z");
            for (int block = trigrams.nextBlock(hint, 0); block >= 0; block = trigrams.nextBlock(hint, block + 1)) {
                candidates++;
            }
        }

        assertThat(candidates).isLessThan(20 * 100 / 10);
    }

    @Test
    void aBlockSetHasAboutFourBitsPerCharacter() {
        assertThat(Trigrams.sizeFor(0)).isEqualTo(256);
        assertThat(Trigrams.sizeFor(64)).isEqualTo(256);
        assertThat(Trigrams.sizeFor(1_000)).isEqualTo(4_096);
        assertThat(Trigrams.sizeFor(1_025)).isEqualTo(8_192);
        assertThat(Trigrams.sizeFor(Trigrams.BLOCK)).isEqualTo(4 * Trigrams.BLOCK);
    }

    @Test
    void onlyTheBlocksWhereAHintMayStartAreCandidates() {
        String filler = "x".repeat(Trigrams.BLOCK);
        // the hint in block 2 only, starting four characters before block 3
        StringBuilder text =
                new StringBuilder(filler).append(filler).append(filler).append(filler);
        int at = 3 * Trigrams.BLOCK - 4;
        text.replace(at, at + 6, "mlflow");
        Trigrams trigrams = lowerCase(text.toString());
        int[] hint = Trigrams.hashes("mlflow");

        assertThat(trigrams.nextBlock(hint, 0)).isEqualTo(2);
        assertThat(trigrams.nextBlock(hint, 3)).isEqualTo(-1);
        assertThat(trigrams.nextBlock(Trigrams.hashes("wandb"), 0)).isEqualTo(-1);
        // too short to rule out: every block from the one asked
        assertThat(trigrams.nextBlock(Trigrams.hashes("ml"), 1)).isEqualTo(1);
    }

    /** The trigrams of a text that is its own lower-case copy. */
    private static Trigrams lowerCase(String text) {
        return Trigrams.of(text);
    }

    /** Whether the text may hold the hint anywhere. */
    private static boolean mayContain(Trigrams trigrams, String hint) {
        return trigrams.nextBlock(Trigrams.hashes(hint), 0) >= 0;
    }
}
