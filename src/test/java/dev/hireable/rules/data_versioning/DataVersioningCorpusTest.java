package dev.hireable.rules.data_versioning;

import dev.hireable.rules.ModuleResult;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Data versioning on the real repositories of ../shared/corpus against the reviewer's labels. DVC shows in the
 * file tree (.dvc/config, pointer files, dvc.yaml), which the corpus keeps, so the signal is checked in full.
 */
class DataVersioningCorpusTest {

    @BeforeAll
    static void needsCorpus() {
        assumeTrue(Corpus.available(), "the shared corpus is not here (fresh clone): skipped");
    }

    @Test
    void dataVersioningAgreesWithReviewerLabels() {
        RuleFixtures fixtures = new RuleFixtures();
        DataVersioningModule module = new DataVersioningModule(fixtures.catalog());
        List<String> disagreements = new ArrayList<>();
        List<Corpus.Repo> repos = Corpus.repos();
        for (Corpus.Repo repo : repos) {
            ModuleResult result = fixtures.run(module, repo.open());
            boolean labelled = repo.labels().path("data_versioning").asBoolean();
            if (labelled != result.signals().flag("data_versioning.used")) {
                disagreements.add(repo.name() + ": labelled " + labelled);
            }
        }
        System.out.printf("data versioning: %d/%d agree%n", repos.size() - disagreements.size(), repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(disagreements).hasSizeLessThanOrEqualTo(1);
    }
}
