package dev.hireable.rules.dockerfile;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
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
 * Dockerfile presence and paths on the real repositories of ../shared/corpus against the reviewer's labels. The
 * corpus lists Dockerfiles in tree.tsv but keeps no bodies, so the image checks must come out unknown, never fail.
 */
class DockerfileCorpusTest {

    @BeforeAll
    static void needsCorpus() {
        assumeTrue(Corpus.available(), "the shared corpus is not here (fresh clone): skipped");
    }

    @Test
    void dockerfilePresenceAndPathsAgreeWithReviewerLabels() {
        RuleFixtures fixtures = new RuleFixtures();
        DockerfileModule module = new DockerfileModule(fixtures.catalog());
        List<String> disagreements = new ArrayList<>();
        List<Corpus.Repo> repos = Corpus.repos();
        int presenceAgrees = 0;
        int pathsAgree = 0;
        for (Corpus.Repo repo : repos) {
            ModuleResult result = fixtures.run(module, repo.open());
            boolean labelled = repo.labels().path("dockerfile").path("present").asBoolean();
            TreeSet<String> labelledPaths = new TreeSet<>();
            repo.labels().path("dockerfile").path("paths").forEach(p -> labelledPaths.add(p.asText()));
            if (labelled == result.signals().flag("dockerfile.present")) {
                presenceAgrees++;
            } else {
                disagreements.add(repo.name() + ": present labelled " + labelled);
            }
            if (labelledPaths.equals(new TreeSet<>(result.signals().names("dockerfile.paths")))) {
                pathsAgree++;
            } else {
                disagreements.add(repo.name() + ": paths labelled " + labelledPaths + ", found " + result.signals().names("dockerfile.paths"));
            }
            if (result.signals().flag("dockerfile.present")) {
                assertThat(result.findings()).filteredOn(f -> !f.rule().equals(DockerfileModule.PRESENT))
                        .as("image checks in %s, whose Dockerfile bodies the corpus does not keep", repo.name())
                        .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN));
            } else {
                assertThat(finding(result, DockerfileModule.PRESENT).outcome()).isEqualTo(Outcome.FAIL);
            }
        }
        System.out.printf("dockerfile presence: %d/%d agree; paths: %d/%d agree%n",
                presenceAgrees, repos.size(), pathsAgree, repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(presenceAgrees).as("presence agreement; %s", disagreements).isEqualTo(repos.size());
        assertThat(pathsAgree).as("path agreement; %s", disagreements).isGreaterThanOrEqualTo(repos.size() - 1);
    }
}
