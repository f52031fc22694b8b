package dev.hireable.cli;

import dev.hireable.batch.BatchProgress;
import dev.hireable.batch.CandidateList;
import dev.hireable.report.TerminalText;
import dev.hireable.report.ranking.RankingEntry;
import java.io.PrintWriter;

/** A batch's progress on standard error, one line per event, with an estimate of the time left. */
final class BatchProgressPrinter implements BatchProgress {

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private int auditedThisRun;
    private int alreadyDone;

    BatchProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void problem(CandidateList.Problem problem) {
        print("line " + problem.line() + ": " + TerminalText.safe(problem.reason()) + "; skipped");
    }

    @Override
    public void started(int candidates, int alreadyDone) {
        this.alreadyDone = alreadyDone;
        print(candidates
                + (candidates == 1 ? " candidate" : " candidates")
                + (alreadyDone == 0 ? "" : ", " + alreadyDone + " already audited (kept)")
                + (alreadyDone == candidates ? "; nothing left to audit" : ""));
    }

    @Override
    public void auditing(CandidateList.Candidate candidate, int position, int total) {
        print("[" + position + "/" + total + "] auditing " + candidate.login() + eta(position - 1, total));
    }

    @Override
    public void audited(CandidateList.Candidate candidate, RankingEntry entry, int position, int total) {
        auditedThisRun++;
        print("[" + position + "/" + total + "] " + candidate.login() + ": standard met " + entry.standardMet()
                + "/3, score " + entry.score()
                + (entry.partial()
                        ? ", " + entry.notAudited() + (entry.notAudited() == 1 ? " repository" : " repositories")
                                + " not audited"
                        : ""));
    }

    @Override
    public void failed(CandidateList.Candidate candidate, String message, int position, int total) {
        auditedThisRun++;
        print("[" + position + "/" + total + "] " + candidate.login() + " (line " + candidate.line() + ") not audited: "
                + TerminalText.safe(message));
    }

    @Override
    public void stopped(String message, int remaining) {
        print("stopped: " + TerminalText.safe(message) + " " + remaining
                + (remaining == 1 ? " candidate is" : " candidates are")
                + " left; rerun the same command later to finish (audited candidates are kept).");
    }

    private String eta(int done, int total) {
        int doneThisRun = done - alreadyDone;
        if (auditedThisRun == 0 || doneThisRun <= 0) {
            return "";
        }
        long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        long left = elapsedSeconds * (total - done) / doneThisRun;
        return left < 1 ? "" : " (about " + (left < 120 ? left + " s" : left / 60 + " min") + " left)";
    }

    private void print(String line) {
        err.println(line);
        err.flush();
    }
}
