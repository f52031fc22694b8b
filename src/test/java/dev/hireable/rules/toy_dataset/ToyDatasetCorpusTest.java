package dev.hireable.rules.toy_dataset;

import dev.hireable.rules.notebook.CorpusAgreement;
import dev.hireable.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of {@code toyDataset} with the reviewer's {@code toy_dataset} labels on ../shared/corpus. The corpus
 * keeps READMEs and the tree but no code or data bodies, so this measures the README, repository name, data file
 * name and Kaggle slug evidence; loader calls and CSV headers are covered by the fixture tests.
 */
class ToyDatasetCorpusTest {

    @Test
    void toyDatasetAgreesWithTheReviewerOnTheCorpus() {
        assumeTrue(Corpus.available(), "../shared/corpus is not here");

        int agreed = CorpusAgreement.measure("toy_dataset", labels -> Optional.ofNullable(labels.path("toy_dataset").textValue()),
                assessment -> assessment.signals().text("toy_dataset.name"));

        assertThat(agreed).isGreaterThanOrEqualTo(Corpus.repos().size() - 1);
    }
}
