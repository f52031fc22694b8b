package dev.hireable.rules.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The agreement of one signal with the reviewer's labels on ../shared/corpus, printed for the notes. */
public final class CorpusAgreement {

    private static final RuleFixtures FIXTURES = new RuleFixtures();

    private CorpusAgreement() {
    }

    /** How many corpus repositories get the labelled value; the caller skips when the corpus is absent. */
    public static <T> int measure(String signal, Function<JsonNode, T> labelled, Function<RepoAssessment, T> found) {
        List<String> disagreements = new ArrayList<>();
        List<Corpus.Repo> repos = Corpus.repos();
        for (Corpus.Repo repo : repos) {
            T expected = labelled.apply(repo.labels());
            T actual = found.apply(FIXTURES.assess(repo.open()));
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
