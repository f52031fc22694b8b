package dev.hireable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.RepoEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading ahead the stored results of the repositories a subject had last time: what it read stands in for a read
 * only for a repository in the very state stored, and a missing, stale or broken list costs nothing but the reading
 * ahead.
 */
class ResultCacheReadAheadTest {

    private static final Subject JDOE = new Subject(Subject.Kind.USER, "jdoe");
    private static final RepoMetadata CHURN = RepoMetadata.named("jdoe/churn").withCommit(Optional.of("a".repeat(40)));
    private static final RepoMetadata VISION =
            RepoMetadata.named("jdoe/vision").withCommit(Optional.of("b".repeat(40)));

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    @Test
    void aSubjectsRepositoriesAreReadAheadAndStandInForTheirFiles() throws IOException {
        ResultCache cache = bothStoredAndRemembered();

        ResultCache.ReadAhead readAhead = cache.readAhead(JDOE);
        assertThat(readAhead.read(CHURN)).isPresent(); // waits for the reading ahead to end
        deleteResults();

        assertThat(readAhead.read(CHURN))
                .hasValueSatisfying(read -> assertThat(read)
                        .singleElement()
                        .satisfies(unit ->
                                assertThat(unit.assessment().metadata().id()).isEqualTo(CHURN.id())));
        assertThat(readAhead.read(VISION))
                .as("read ahead before its file was deleted")
                .isPresent();
        assertThat(cache.read(VISION)).as("its file is gone").isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void aRepositoryInAnotherStateIsNotTakenFromWhatWasReadAhead() throws IOException {
        ResultCache cache = cache("rules-1");
        cache.write(CHURN, evidence(CHURN));
        cache.remember(JDOE, List.of(CHURN.id()));
        ResultCache.ReadAhead readAhead = cache.readAhead(JDOE);

        RepoMetadata moved = CHURN.withCommit(Optional.of("c".repeat(40)));

        assertThat(readAhead.read(moved)).isEmpty();
        assertThat(readAhead.read(CHURN)).isPresent();
    }

    @Test
    void resultsOfOtherRulesAreNotReadAheadAndTheReadAskedForThemNotesIt() throws IOException {
        cache("rules-1").write(CHURN, evidence(CHURN));
        cache("rules-1").remember(JDOE, List.of(CHURN.id()));
        ResultCache otherRules = cache("rules-2");

        assertThat(otherRules.readAhead(JDOE).read(CHURN)).isEmpty();
        assertThat(notes).singleElement().asString().contains("other rules or another hireable version");
    }

    @Test
    void aRepositoryTheListDoesNotNameIsReadFromItsFile() throws IOException {
        ResultCache cache = cache("rules-1");
        cache.write(CHURN, evidence(CHURN));
        cache.write(VISION, evidence(VISION));
        cache.remember(JDOE, List.of(CHURN.id()));

        ResultCache.ReadAhead readAhead = cache.readAhead(JDOE);

        assertThat(readAhead.read(VISION)).isPresent();
        assertThat(cache.readAhead(new Subject(Subject.Kind.USER, "someone-else"))
                        .read(CHURN))
                .as("no list for that subject: read as asked")
                .isPresent();
    }

    @Test
    void aBrokenListOrAnUnreadableEntryCostsOnlyTheReadingAhead() throws IOException {
        ResultCache cache = bothStoredAndRemembered();
        Files.writeString(cache.fileFor(VISION.id()), "{\"format\": 1, \"tool\"");
        Files.write(
                cache.subjectFile(JDOE),
                new byte[] {(byte) 0xff, 0, '\n', 'x'},
                java.nio.file.StandardOpenOption.APPEND);

        ResultCache.ReadAhead readAhead = cache.readAhead(JDOE);

        assertThat(readAhead.read(CHURN)).isPresent();
        assertThat(readAhead.read(VISION)).isEmpty();
        assertThat(notes).singleElement().asString().contains("jdoe/vision is unreadable");
    }

    @Test
    void theListIsWrittenWhenTheRepositoriesChangeAndOnlyThen() throws IOException {
        ResultCache cache = cache("rules-1");
        cache.remember(JDOE, List.of(CHURN.id()));
        Path list = cache.subjectFile(JDOE);
        assertThat(list).hasContent(CHURN.id());
        Files.setLastModifiedTime(list, java.nio.file.attribute.FileTime.fromMillis(0));

        cache.remember(JDOE, List.of(CHURN.id()));
        assertThat(Files.getLastModifiedTime(list).toMillis())
                .as("unchanged: not written")
                .isZero();

        cache.remember(JDOE, List.of(CHURN.id(), VISION.id()));
        assertThat(list).hasContent(CHURN.id() + "\n" + VISION.id());
        assertThat(list.getParent().getFileName()).hasToString("subjects");
    }

    @Test
    void withoutACacheFolderNothingIsReadOrWritten() {
        ResultCache none = ResultCache.NONE;
        none.remember(JDOE, List.of(CHURN.id()));

        assertThat(none.readAhead(JDOE).read(CHURN)).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    /** A cache holding the results of both repositories, listed as jdoe's. */
    private ResultCache bothStoredAndRemembered() {
        ResultCache cache = cache("rules-1");
        cache.write(CHURN, evidence(CHURN));
        cache.write(VISION, evidence(VISION));
        cache.remember(JDOE, List.of(CHURN.id(), VISION.id()));
        return cache;
    }

    private ResultCache cache(String rules) {
        return new ResultCache(Optional.of(folder), "test", rules, notes::add);
    }

    private static List<RepoEvidence> evidence(RepoMetadata repo) {
        return List.of(RepoEvidence.of(new RepoAssessment(repo, SignalSet.empty(), List.of())));
    }

    private void deleteResults() throws IOException {
        try (var files = Files.list(folder.resolve("results"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
