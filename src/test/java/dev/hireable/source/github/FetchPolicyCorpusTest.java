package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** On the real repositories of the labelled corpus, the read budget always keeps the README and dependency files. */
class FetchPolicyCorpusTest {

    @Test
    void budgetKeepsReadmeAndDependencyFilesOfEveryCorpusRepository() {
        Assumptions.assumeTrue(Corpus.available(), "the labelled corpus is not laid out");
        TestSettings test = new TestSettings();
        FetchPolicy policy = test.catalog.section("github.yaml", "vocabulary", FetchPolicy.class);
        List<Glob> first = policy.fetchFirst().subList(0, 2).stream()
                .flatMap(List::stream)
                .map(Glob::of)
                .toList();
        List<Glob> never = policy.neverFetch().stream().map(Glob::of).toList();
        SnapshotLimits limits =
                SnapshotLimits.defaults(test.engine.sourceVocabulary().ignoredFolders());
        for (Corpus.Repo repo : Corpus.repos()) {
            Snapshot snapshot = repo.open(limits);
            List<FileEntry> readable = snapshot.tree().files().stream()
                    .filter(f ->
                            f.size() <= limits.maxFileBytes() && never.stream().noneMatch(g -> g.matches(f.path())))
                    .toList();
            List<FileEntry> selected = policy.select(snapshot.tree().files(), limits.maxFileBytes());
            List<FileEntry> telling = readable.stream()
                    .filter(f -> first.stream().anyMatch(g -> g.matches(f.path())))
                    .toList();
            assertThat(selected).as(repo.name()).containsAll(telling);
        }
    }
}
