package dev.hireable.rules.notebook;

import dev.hireable.testing.Corpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement of {@code notebookOnly} with the reviewer's {@code notebook_only} labels on ../shared/corpus. The corpus
 * keeps no code bodies, so the check runs on the tree alone: notebooks with no script listed besides them are
 * notebook-only; scripts whose bodies are absent are judged by their names (train*.py, app.py, ...). That is the
 * documented fallback of rules/notebook.yaml, and it is what this test measures.
 */
class NotebookCorpusTest {

    @Test
    void notebookOnlyAgreesWithTheReviewerOnTheCorpusTree() {
        assumeTrue(Corpus.available(), "../shared/corpus is not here");

        int agreed = CorpusAgreement.measure("notebook_only", labels -> labels.path("notebook_only").asBoolean(),
                assessment -> assessment.signals().flag("notebook.only"));

        assertThat(agreed).isGreaterThanOrEqualTo(Corpus.repos().size() - 1);
    }
}
