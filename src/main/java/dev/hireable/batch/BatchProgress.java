package dev.hireable.batch;

import dev.hireable.report.ranking.RankingEntry;

/** Hears about a batch as it goes; the CLI prints it on standard error. */
public interface BatchProgress {

    BatchProgress SILENT = new BatchProgress() {};

    /** @param alreadyDone candidates whose complete reports were found and are kept */
    default void started(int candidates, int alreadyDone) {}

    default void problem(CandidateList.Problem problem) {}

    default void auditing(CandidateList.Candidate candidate, int position, int total) {}

    default void audited(CandidateList.Candidate candidate, RankingEntry entry, int position, int total) {}

    default void failed(CandidateList.Candidate candidate, String message, int position, int total) {}

    /** The batch stops early (GitHub cannot be used); {@code remaining} candidates are left for a rerun. */
    default void stopped(String message, int remaining) {}
}
