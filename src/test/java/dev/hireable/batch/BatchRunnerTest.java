package dev.hireable.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingEntry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

    private final MemoryStore store = new MemoryStore();

    @Test
    void candidatesAreRankedBySlotsMetThenScoreThenLogin() throws IOException {
        FakeCandidates github = new FakeCandidates()
                .candidate("alice", 1, 90)
                .candidate("bob", 3, 70)
                .candidate("carol", 1, 95)
                .candidate("dave", 1, 90);

        BatchResult result = run(github, "alice\nbob\ncarol\ndave\n", false);

        assertThat(result.ranking().entries())
                .extracting(RankingEntry::login)
                .containsExactly("bob", "carol", "alice", "dave");
        assertThat(result.clean()).isTrue();
        assertThat(result.ranking().complete()).isTrue();
    }

    @Test
    void unknownUserIsRecordedAndTheRestGoOn() throws IOException {
        FakeCandidates github = new FakeCandidates().candidate("alice", 2, 80).candidate("carol", 1, 50);

        BatchResult result = run(github, "alice\nghost\ncarol\n", false);

        assertThat(result.ranking().entries()).extracting(RankingEntry::login).containsExactly("alice", "carol");
        assertThat(result.ranking().unranked())
                .singleElement()
                .isEqualTo(new Ranking.Unranked("ghost", 2, "GitHub user 'ghost' does not exist."));
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void spentRateLimitStopsTheBatchAndARerunFinishesIt() throws IOException {
        String list = "alice\nbob\ncarol\ndave\n";
        FakeCandidates limited = new FakeCandidates()
                .candidate("alice", 2, 80)
                .candidate("bob", 1, 60)
                .candidate("carol", 3, 99)
                .candidate("dave", 0, 10)
                .budget(2);

        BatchResult first = run(limited, list, false);

        assertThat(first.stopped()).hasValue("GitHub's rate limit is spent until 15:42 UTC.");
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.ranking().complete()).isFalse();
        assertThat(first.ranking().unranked())
                .extracting(Ranking.Unranked::candidate)
                .containsExactly("carol", "dave");

        FakeCandidates later = new FakeCandidates()
                .candidate("alice", 2, 80)
                .candidate("bob", 1, 60)
                .candidate("carol", 3, 99)
                .candidate("dave", 0, 10);
        BatchResult second = run(later, list, false);

        assertThat(later.audited()).containsExactly("carol", "dave");
        assertThat(second.kept()).isEqualTo(2);
        assertThat(second.ranking().entries())
                .extracting(RankingEntry::login)
                .containsExactly("carol", "alice", "bob", "dave");
        assertThat(second.ranking().complete()).isTrue();
    }

    @Test
    void killedBatchLosesNothingAndARerunAuditsOnlyTheRest() throws IOException {
        String list = "alice\nbob\ncarol\n";
        FakeCandidates dying = new FakeCandidates()
                .candidate("alice", 2, 80)
                .candidate("bob", 1, 60)
                .candidate("carol", 3, 99)
                .killAt("bob");

        assertThatThrownBy(() -> run(dying, list, false)).isInstanceOf(FakeCandidates.SimulatedKill.class);
        assertThat(store.saved).containsOnlyKeys("alice");

        FakeCandidates rerun = new FakeCandidates()
                .candidate("alice", 2, 80)
                .candidate("bob", 1, 60)
                .candidate("carol", 3, 99);
        BatchResult result = run(rerun, list, false);

        assertThat(rerun.audited()).containsExactly("bob", "carol");
        assertThat(result.ranking().entries()).extracting(RankingEntry::login).containsExactly("carol", "alice", "bob");
    }

    @Test
    void partialReportIsAuditedAgainUnlessKept() throws IOException {
        FakeCandidates first = new FakeCandidates().partialCandidate("alice", 1, 50);
        run(first, "alice\n", false);

        FakeCandidates again = new FakeCandidates().candidate("alice", 2, 80);
        BatchResult retried = run(again, "alice\n", false);
        assertThat(again.audited()).containsExactly("alice");
        assertThat(retried.ranking().entries().get(0).score()).isEqualTo(80);

        store.saved.clear();
        run(new FakeCandidates().partialCandidate("alice", 1, 50), "alice\n", false);
        FakeCandidates kept = new FakeCandidates().candidate("alice", 2, 80);
        BatchResult keptResult = run(kept, "alice\n", true);
        assertThat(kept.audited()).isEmpty();
        assertThat(keptResult.partial()).isEqualTo(1);
    }

    @Test
    void auditThatCrashesIsRecordedAndTheRestGoOn() throws IOException {
        CandidateAuditor crashing = login -> {
            if (login.equals("alice")) {
                throw new IllegalStateException("boom");
            }
            return FakeCandidates.report(login, 1, 40, List.of());
        };

        BatchResult result = new BatchRunner(crashing, store, BatchProgress.SILENT, CLOCK, false)
                .run("list.txt", CandidateList.parse("alice\nbob\n"));

        assertThat(result.ranking().entries()).extracting(RankingEntry::login).containsExactly("bob");
        assertThat(result.ranking().unranked().get(0).reason())
                .isEqualTo("the audit failed (IllegalStateException: boom)");
    }

    @Test
    void badLinesAreRankedAsProblemsAndTheRestGoOn() throws IOException {
        BatchResult result = run(new FakeCandidates().candidate("alice", 1, 40), "alice\nno such login!\n", false);

        assertThat(result.problems()).isEqualTo(1);
        assertThat(result.ranking().unranked())
                .singleElement()
                .satisfies(u -> assertThat(u.line()).isEqualTo(2));
        assertThat(store.rankings).isNotEmpty();
    }

    private BatchResult run(CandidateAuditor auditor, String list, boolean keepPartial) throws IOException {
        return new BatchRunner(auditor, store, BatchProgress.SILENT, CLOCK, keepPartial)
                .run("list.txt", CandidateList.parse(list));
    }

    /** Keeps reports as the JSON a file store would write, so resuming reads what a real run left. */
    private static final class MemoryStore implements BatchStore {
        final Map<String, com.fasterxml.jackson.databind.JsonNode> saved = new LinkedHashMap<>();
        final List<Ranking> rankings = new ArrayList<>();

        @Override
        public Optional<RankingEntry> stored(CandidateList.Candidate candidate) {
            return Optional.ofNullable(saved.get(candidate.key()))
                    .map(json -> RankingEntry.fromReportJson(
                            candidate.login(), json, candidate.key() + ".json", candidate.key() + ".html"));
        }

        @Override
        public RankingEntry save(CandidateList.Candidate candidate, AuditReport report) {
            saved.put(candidate.key(), new JsonReportRenderer().toJson(report));
            return stored(candidate).orElseThrow();
        }

        @Override
        public void saveRanking(Ranking ranking) {
            rankings.add(ranking);
        }
    }
}
