package dev.hireable.rules.toy_dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMentionsTest {

    private static final ToyDatasetModule.Vocabulary VOCABULARY = RuleCatalog.builtIn()
            .book("toy_dataset.yaml", ToyDatasetModule.Vocabulary.class, List.of())
            .vocabulary();
    private static final NameMentions MENTIONS = new NameMentions(VOCABULARY.datasets(), VOCABULARY.negations());

    @Test
    void aLineNamesTheDatasetsItsPhrasesMatch() {
        assertThat(MENTIONS.in("Predicting survival on the TITANIC with XGBoost"))
                .containsExactly("titanic");
        assertThat(MENTIONS.in("A classifier for the Iris dataset and the Wine Quality data"))
                .containsExactly("iris", "wine");
    }

    @Test
    void aLineHoldingAPhrasesHintButNotThePhraseNamesNothing() {
        // "dataset", "performance" and "housing" are parts of phrases ("beans dataset", "students performance in
        // exams", "boston housing"), not names
        assertThat(MENTIONS.in("Upload new datasets to retrain; the performance of the housing model"))
                .isEmpty();
        assertThat(MENTIONS.in("An iris scanner and a mnistake")).isEmpty();
    }

    @Test
    void theLongerNameCountsAndANegatedMentionDoesNot() {
        assertThat(MENTIONS.in("Trained on Fashion-MNIST")).containsExactly("fashion-mnist");
        assertThat(MENTIONS.in("A real dataset, unlike Titanic. We use MNIST-like images."))
                .containsExactly("mnist");
    }
}
