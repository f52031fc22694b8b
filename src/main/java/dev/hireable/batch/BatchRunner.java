package dev.hireable.batch;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingEntry;
import dev.hireable.source.SourceException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audits every candidate of a list that has no complete report yet, one after the other, saving each report as
 * soon as it is made and the ranking after every candidate. A rerun after a crash, a kill or a stop picks up where
 * the last one left off. An unknown user or a failing audit is recorded and the batch goes on; GitHub becoming
 * unusable (rate limit spent, network down) stops it, because every later candidate would fail the same way.
 */
public final class BatchRunner {

    private final CandidateAuditor auditor;
    private final BatchStore store;
    private final BatchProgress progress;
    private final Clock clock;
    private final boolean keepPartial;

    /** @param keepPartial whether a stored report that misses some repositories counts as done */
    public BatchRunner(
            CandidateAuditor auditor, BatchStore store, BatchProgress progress, Clock clock, boolean keepPartial) {
        this.auditor = auditor;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
        this.keepPartial = keepPartial;
    }

    public BatchResult run(String source, CandidateList list) throws IOException {
        list.problems().forEach(progress::problem);
        Map<CandidateList.Candidate, RankingEntry> ranked = new LinkedHashMap<>();
        List<CandidateList.Candidate> todo = new ArrayList<>();
        for (CandidateList.Candidate candidate : list.candidates()) {
            Optional<RankingEntry> stored = store.stored(candidate).filter(entry -> keepPartial || !entry.partial());
            stored.ifPresentOrElse(entry -> ranked.put(candidate, entry), () -> todo.add(candidate));
        }
        int kept = ranked.size();
        progress.started(list.candidates().size(), kept);
        List<Ranking.Unranked> failures = new ArrayList<>();
        int audited = 0;
        Optional<String> stopped = Optional.empty();
        for (int i = 0; i < todo.size(); i++) {
            CandidateList.Candidate candidate = todo.get(i);
            int position = kept + i + 1;
            progress.auditing(candidate, position, list.candidates().size());
            try {
                AuditReport report = auditor.audit(candidate.login());
                RankingEntry entry = store.save(candidate, report);
                ranked.put(candidate, entry);
                audited++;
                progress.audited(candidate, entry, position, list.candidates().size());
            } catch (SourceException e) {
                if (e.kind() == SourceException.Kind.UNAVAILABLE) {
                    stopped = Optional.of(e.getMessage());
                    progress.stopped(e.getMessage(), todo.size() - i);
                    break;
                }
                failures.add(new Ranking.Unranked(candidate.login(), candidate.line(), e.getMessage()));
                progress.failed(
                        candidate, e.getMessage(), position, list.candidates().size());
            } catch (RuntimeException e) {
                String message = "the audit failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null
                                ? ""
                                : ": " + e.getMessage().lines().findFirst().orElse("")) + ")";
                failures.add(new Ranking.Unranked(candidate.login(), candidate.line(), message));
                progress.failed(candidate, message, position, list.candidates().size());
            }
            store.saveRanking(ranking(source, list, ranked, failures, false, Optional.empty()));
        }
        int remaining = list.candidates().size() - ranked.size() - failures.size();
        Ranking ranking = ranking(source, list, ranked, failures, remaining == 0, stopped);
        store.saveRanking(ranking);
        int partial =
                (int) ranked.values().stream().filter(RankingEntry::partial).count();
        return new BatchResult(
                ranking,
                audited,
                kept,
                failures.size(),
                partial,
                list.problems().size(),
                remaining,
                stopped);
    }

    private Ranking ranking(
            String source,
            CandidateList list,
            Map<CandidateList.Candidate, RankingEntry> ranked,
            List<Ranking.Unranked> failures,
            boolean complete,
            Optional<String> stopped) {
        List<Ranking.Unranked> unranked = new ArrayList<>();
        list.problems().forEach(p -> unranked.add(new Ranking.Unranked(p.text(), p.line(), p.reason())));
        unranked.addAll(failures);
        List<String> failed = failures.stream().map(Ranking.Unranked::candidate).toList();
        if (stopped.isPresent()) {
            list.candidates().stream()
                    .filter(c -> !ranked.containsKey(c) && !failed.contains(c.login()))
                    .forEach(c -> unranked.add(
                            new Ranking.Unranked(c.login(), c.line(), "not audited yet: " + stopped.get())));
        }
        unranked.sort(java.util.Comparator.comparingInt(Ranking.Unranked::line));
        return new Ranking(source, clock.instant(), List.copyOf(ranked.values()), unranked, complete);
    }
}
