package dev.hireable.rules.toydata;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
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
        RuleEngine engine = new RuleEngine(RuleCatalog.builtIn());
        List<String> disagreements = new ArrayList<>();
        int agreed = 0;
        List<Corpus.Repo> repos = Corpus.repos();
        for (Corpus.Repo repo : repos) {
            RepoAssessment assessment = engine.assess(repo.open());
            Optional<String> expected = Optional.of(repo.labels().path("toy_dataset"))
                    .filter(node -> node.isTextual()).map(node -> node.asText());
            Optional<String> actual = assessment.signals().toyDataset();
            if (expected.equals(actual)) {
                agreed++;
            } else {
                disagreements.add(repo.name() + ": labelled " + expected.orElse("none") + ", found " + actual.orElse("none"));
            }
        }
        System.out.printf("toy_dataset agreement: %d/%d%n", agreed, repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));

        assertThat(agreed).isGreaterThanOrEqualTo(repos.size() - 1);
    }
}
