package dev.hireable.rules.registry;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The model registry on the real repositories of ../shared/corpus. Registry use lives mostly in code, which the
 * corpus does not keep, so this checks honesty rather than recall: no registry is claimed that the reviewer did not
 * see, and a repository with unread code is never failed.
 */
class RegistryCorpusTest {

    @BeforeAll
    static void needsCorpus() {
        assumeTrue(Corpus.available(), "the shared corpus is not here (fresh clone): skipped");
    }

    @Test
    void registryIsNeverClaimedAgainstTheLabelsNorFailedOnUnreadCode() {
        RuleFixtures fixtures = new RuleFixtures();
        RegistryModule module = new RegistryModule(fixtures.catalog());
        List<String> falsePositives = new ArrayList<>();
        int labelledTrue = 0;
        int found = 0;
        for (Corpus.Repo repo : Corpus.repos()) {
            ModuleResult result = fixtures.run(module, repo.open());
            boolean labelled = repo.labels().path("model_registry").asBoolean();
            labelledTrue += labelled ? 1 : 0;
            found += labelled && result.signals().flag("registry.used") ? 1 : 0;
            if (result.signals().flag("registry.used") && !labelled) {
                falsePositives.add(repo.name());
            }
            Finding used = finding(result, RegistryModule.USED);
            if (!result.signals().flag("registry.used") && repo.open().tree().files().stream().anyMatch(f -> f.path().endsWith(".py"))) {
                assertThat(used.outcome()).as(repo.name()).isEqualTo(Outcome.UNKNOWN);
            }
        }
        System.out.printf("model registry: %d of %d labelled registries found from configs alone; false positives %s%n",
                found, labelledTrue, falsePositives);
        assertThat(falsePositives).isEmpty();
    }
}
