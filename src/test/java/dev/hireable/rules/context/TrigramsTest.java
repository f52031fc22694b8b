package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrigramsTest {

    @Test
    void textMayContainEveryPieceOfItselfAndNotAWordItLacks() {
        Trigrams trigrams = Trigrams.of("import mlflow\nmlflow.autolog()\n");

        assertThat(trigrams.mayContain("mlflow.autolog(")).isTrue();
        assertThat(trigrams.mayContain("w\nm")).isTrue();
        assertThat(trigrams.mayContain("wandb")).isFalse();
    }

    @Test
    void hintShorterThanThreeCharactersIsNeverRuledOut() {
        assertThat(Trigrams.of("").mayContain("ab")).isTrue();
        assertThat(Trigrams.of("xyz").mayContain("")).isTrue();
    }

    @Test
    void noSubstringOfARandomTextIsEverRuledOut() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append((char) ('a' + random.nextInt(26))).append(i % 40 == 0 ? "\n" : "");
        }
        Trigrams trigrams = Trigrams.of(text.toString());
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(text.length() - 12);
            assertThat(trigrams.mayContain(text.substring(start, start + 3 + random.nextInt(9))))
                    .isTrue();
        }
    }

    @Test
    void aLongTextStillRulesOutMostHintsItLacks() {
        // every trigram of 35 characters occurs in it, none with a 'z': a set of fixed size would be full
        Random random = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxy0123456789";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Trigrams trigrams = Trigrams.of(text.toString());
        int passed = 0;
        for (int i = 0; i < 200; i++) {
            String hint = "z" + alphabet.charAt(random.nextInt(alphabet.length())) + "z"
                    + alphabet.charAt(random.nextInt(alphabet.length())) + "z";
            passed += trigrams.mayContain(hint) ? 1 : 0;
        }

        assertThat(passed).isLessThan(10);
    }

    @Test
    void theSetGrowsWithTheTextWithinItsBounds() {
        assertThat(Trigrams.sizeFor(0)).isEqualTo(256);
        assertThat(Trigrams.sizeFor(64)).isEqualTo(256);
        assertThat(Trigrams.sizeFor(1_000)).isEqualTo(4_096);
        assertThat(Trigrams.sizeFor(1_025)).isEqualTo(8_192);
        assertThat(Trigrams.sizeFor(Integer.MAX_VALUE)).isEqualTo(1 << 22);
    }
}
