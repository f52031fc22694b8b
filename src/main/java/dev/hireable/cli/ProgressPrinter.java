package dev.hireable.cli;

import dev.hireable.audit.AuditProgress;
import dev.hireable.report.TerminalText;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Progress on standard error: one line rewritten in place on a terminal, plain lines otherwise. Nothing goes to
 * standard output, which carries only the report. Repository names and messages are made inert first
 * ({@link TerminalText}): they come from repositories and servers.
 */
final class ProgressPrinter implements AuditProgress {

    private final PrintWriter err;
    private final boolean terminal;
    private final Supplier<Optional<String>> status;
    private final long started = System.nanoTime();

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this(err, terminal, Optional::empty);
    }

    /** {@code status} adds to each progress line, e.g. how many GitHub requests are left. */
    ProgressPrinter(PrintWriter err, boolean terminal, Supplier<Optional<String>> status) {
        this.err = err;
        this.terminal = terminal;
        this.status = status;
    }

    /** A one-line note (a retry, an ignored cache entry) that must not garble the progress line. */
    synchronized void note(String message) {
        if (terminal) {
            err.print("\r\u001b[2K");
        }
        err.println("hireable: " + TerminalText.safe(message));
        err.flush();
    }

    @Override
    public synchronized void started(int repositories) {
        if (!terminal) {
            err.println("auditing " + repositories + (repositories == 1 ? " repository" : " repositories"));
            err.flush();
        }
    }

    @Override
    public synchronized void repoDone(String repo, int done, int total) {
        line("audited " + TerminalText.safe(repo), done, total);
    }

    @Override
    public synchronized void repoFailed(String repo, String message, int done, int total) {
        if (terminal) {
            err.print("\r\u001b[2K");
        }
        err.println("not audited " + TerminalText.safe(repo) + ": " + TerminalText.safe(message));
        err.flush();
    }

    private void line(String what, int done, int total) {
        String text = "[" + done + "/" + total + "] " + what
                + status.get().map(s -> " · " + s).orElse("") + eta(done, total);
        if (terminal) {
            err.print("\r\u001b[2K" + text + (done == total ? "\n" : ""));
        } else {
            err.println(text);
        }
        err.flush();
    }

    private String eta(int done, int total) {
        if (done == 0 || done == total) {
            return "";
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        long remaining = elapsedMillis * (total - done) / done / 1000;
        return remaining < 1 ? "" : " (about " + remaining + " s left)";
    }
}
