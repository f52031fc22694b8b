package dev.hireable.batch;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.ranking.Ranking;
import dev.hireable.report.ranking.RankingEntry;
import java.io.IOException;
import java.util.Optional;

/**
 * Where a batch keeps its reports. Every write is whole or not at all, so a batch killed at any moment leaves
 * only complete reports behind, and {@link #stored} tells a rerun which candidates are done.
 */
public interface BatchStore {

    /** The candidate's stored reports, when they are complete and readable; empty when they must be (re)made. */
    Optional<RankingEntry> stored(CandidateList.Candidate candidate);

    /** Writes the candidate's reports, the JSON last, so that a complete JSON report means a finished candidate. */
    RankingEntry save(CandidateList.Candidate candidate, AuditReport report) throws IOException;

    /** Writes the ranking in every ranking format. */
    void saveRanking(Ranking ranking) throws IOException;
}
