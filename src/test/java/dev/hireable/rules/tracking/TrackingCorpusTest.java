package dev.hireable.rules.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Experiment tracking on the real repositories of ../shared/corpus against the reviewer's labels. The corpus keeps
 * dependency files and configs but no code, so what is checked is the tool set (dependencies, configs, committed run
 * logs), not usedInCode; where a tracker shows only in code the module must say unknown, never fail.
 */
class TrackingCorpusTest {

    @BeforeAll
    static void needsCorpus() {
        assumeTrue(Corpus.available(), "the shared corpus is not here (fresh clone): skipped");
    }

    @Test
    void trackingToolsAgreeWithReviewerLabels() {
        RuleFixtures fixtures = new RuleFixtures();
        TrackingModule module = new TrackingModule(fixtures.catalog());
        List<String> disagreements = new ArrayList<>();
        List<Corpus.Repo> repos = Corpus.repos();
        int agree = 0;
        for (Corpus.Repo repo : repos) {
            Snapshot snapshot = repo.open();
            ModuleResult result = fixtures.run(module, snapshot);
            TreeSet<String> labelled = new TreeSet<>();
            repo.labels().path("experiment_tracking").path("tools").forEach(t -> labelled.add(t.asText()));
            TreeSet<String> found = new TreeSet<>(result.signals().names("tracking.tools"));
            if (labelled.equals(found)) {
                agree++;
            } else {
                disagreements.add(repo.name() + ": labels " + labelled + ", found " + found);
            }
            assertThat(finding(result, TrackingModule.PRESENT).outcome())
                    .as("absence in %s, whose code the corpus does not keep", repo.name())
                    .isNotEqualTo(Outcome.FAIL);
            JsonNode used = repo.labels().path("experiment_tracking").path("used_in_code");
            if (!used.asBoolean() && result.signals().flag("tracking.used_in_code")) {
                disagreements.add(repo.name() + ": usedInCode true, labelled false");
            }
        }
        System.out.printf("tracking tools: %d/%d repositories agree with the labels%n", agree, repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(agree).as("agreement; disagreements: %s", disagreements).isGreaterThanOrEqualTo(repos.size() - 2);
    }
}
