package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which literal hints occur in a text, found in one pass. */
class HintIndexTest {

    private final HintIndex index = new HintIndex(List.of("limitation", "mitat", "future work", "准确率", "정확도", ""));

    @Test
    void findsEveryHintThatOccursWhateverTheCaseAndOverlap() {
        assertThat(index.present("Known LIMITATIONS and Future Work").stream()
                        .boxed()
                        .toList())
                .containsExactly(0, 1, 2);
    }

    @Test
    void findsHintsInScriptsWithoutSpaces() {
        assertThat(index.present("模型的准确率91%，정확도는 0.9").stream().boxed().toList())
                .containsExactly(3, 4);
    }

    @Test
    void reportsNothingForATextWithoutHintsAndNeverTheEmptyHint() {
        assertThat(index.present("A plain sentence.").isEmpty()).isTrue();
        assertThat(index.present("").isEmpty()).isTrue();
    }

    @Test
    void findsTheSameHintsAsLookingForEachInTurn() {
        List<String> hints = List.of("he", "she", "his", "hers", "ushers", "a", "aa", "aaa", "abab", "bab", "Hi");
        HintIndex overlapping = new HintIndex(hints);
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aAbBehHirsu ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String folded = HintIndex.fold(text.toString());
            List<Integer> expected = java.util.stream.IntStream.range(0, hints.size())
                    .filter(id -> folded.contains(HintIndex.fold(hints.get(id))))
                    .boxed()
                    .toList();
            assertThat(overlapping.present(text).stream().boxed().toList())
                    .as(text.toString())
                    .isEqualTo(expected);
            assertThat(overlapping.anyIn(text)).as(text.toString()).isEqualTo(!expected.isEmpty());
        }
    }

    @Test
    void foldsCaseAsARegularExpressionWithUnicodeCaseDoes() {
        HintIndex letters = new HintIndex(List.of("mask", "kelvin"));
        assertThat(letters.present("MAſK \u212Aelvin").stream().boxed().toList())
                .containsExactly(0, 1);
    }

    @Test
    void foldsEveryCharacterAsTheUpperThenLowerCaseOfItWouldAndLeavesFoldedTextAsItIs() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char expected = Character.toLowerCase(Character.toUpperCase((char) c));
            assertThat(HintIndex.fold((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
        String folded = "already folded: 准确率 é";
        assertThat(HintIndex.fold(folded)).isSameAs(folded);
        assertThat(HintIndex.fold("Mixed ÉCOLE Kelvin \u212A")).isEqualTo("mixed école kelvin k");
    }
}
