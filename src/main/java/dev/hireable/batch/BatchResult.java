package dev.hireable.batch;

import dev.hireable.report.ranking.Ranking;
import java.util.Optional;

/**
 * How a batch went.
 *
 * @param audited   candidates audited in this run
 * @param kept      candidates whose complete reports from an earlier run were kept
 * @param failed    candidates that could not be audited (unknown user, an error)
 * @param partial   ranked candidates whose report misses some repositories
 * @param problems  lines of the list that are not candidates
 * @param remaining candidates not reached because the batch stopped
 * @param stopped   why the batch stopped early, if it did
 */
public record BatchResult(
        Ranking ranking,
        int audited,
        int kept,
        int failed,
        int partial,
        int problems,
        int remaining,
        Optional<String> stopped) {

    /** Every candidate ranked, none partial, no bad line. */
    public boolean clean() {
        return failed == 0 && partial == 0 && problems == 0 && remaining == 0;
    }
}
