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
}
