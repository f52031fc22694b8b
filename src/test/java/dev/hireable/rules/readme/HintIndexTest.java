package dev.hireable.rules.readme;

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
}
