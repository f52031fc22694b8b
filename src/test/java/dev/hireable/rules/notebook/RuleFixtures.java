package dev.hireable.rules.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;
import dev.hireable.testing.Corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Test helpers for the notebook, toy dataset and archetype modules: the built-in rules run over a fixture
 * repository of src/test/resources/fixtures, and the agreement of one signal with the corpus labels.
 */
public final class RuleFixtures {

    public static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    public static final RuleEngine ENGINE = new RuleEngine(CATALOG);

    private RuleFixtures() {
    }

    /** The fixture repository {@code fixtures/AREA/NAME} as a snapshot. */
    public static Snapshot open(String area, String name) {
        return open(Path.of("src/test/resources/fixtures", area, name));
    }

    public static Snapshot open(Path directory) {
        SnapshotLimits limits = SnapshotLimits.defaults(ENGINE.sourceVocabulary().ignoredFolders());
        return LocalDirectorySnapshot.open(directory, directory.getFileName().toString(), limits);
    }

    public static RepoAssessment assess(String area, String name) {
        return ENGINE.assess(open(area, name));
    }

    public static RepoAssessment assess(Path directory) {
        return ENGINE.assess(open(directory));
    }

    /**
     * How many corpus repositories get the labelled value, printed with the disagreements for the notes. The
     * caller skips when the corpus is absent.
     */
    public static <T> int agreement(String signal, Function<JsonNode, T> labelled, Function<RepoAssessment, T> found) {
        List<String> disagreements = new ArrayList<>();
        List<Corpus.Repo> repos = Corpus.repos();
        for (Corpus.Repo repo : repos) {
            T expected = labelled.apply(repo.labels());
            T actual = found.apply(ENGINE.assess(repo.open()));
            if (!Objects.equals(expected, actual)) {
                disagreements.add(repo.name() + ": labelled " + expected + ", found " + actual);
            }
        }
        int agreed = repos.size() - disagreements.size();
        System.out.printf("%s agreement: %d/%d%n", signal, agreed, repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));
        return agreed;
    }
}
