package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.TerminalText;
import java.io.IOException;

/** What every auditing command does once it has a report: write it, then pick the exit code. */
final class AuditRun {

    private AuditRun() {}

    static int finish(AuditReport report, AuditSetup setup, ReportOptions options, Console console) throws IOException {
        ReportWriter.write(report, options.renderer(console, setup.catalog()), options.output(), console.out());
        options.output().ifPresent(file -> console.err().println("report written to " + TerminalText.safe(file)));
        return exitCode(report, options, console);
    }

    static int exitCode(AuditReport report, ReportOptions options, Console console) {
        return exitCode(report, options.failUnder(), "--fail-under", console);
    }

    /** @param failUnderName how the threshold was given, for the closing sentence */
    static int exitCode(
            AuditReport report, java.util.Optional<Integer> failUnder, String failUnderName, Console console) {
        if (report.partial()) {
            long inPart = report.errors().stream().filter(report::auditedInPart).count();
            long missing = report.errors().size() - inPart;
            String notAudited =
                    missing + " of " + (missing + report.repos().size()) + " repositories could not be audited";
            // in part: files left unread, or checks stopped (a rule file's pattern past its budget); one is named
            String unread = report.errors().stream()
                    .filter(report::auditedInPart)
                    .findFirst()
                    .map(error -> inPart == 1
                            ? "1 repository was audited in part (" + TerminalText.safe(error.message()) + ")"
                            : inPart + " repositories were audited in part (files left unread or checks stopped)")
                    .orElse("");
            console.err()
                    .println("hireable: "
                            + (missing == 0 ? unread : inPart == 0 ? notAudited : notAudited + ", and " + unread)
                            + "; the report lists them.");
            console.err().flush();
            return ExitCode.PARTIAL;
        }
        if (failUnder.isPresent() && report.portfolio().score() < failUnder.get()) {
            console.err()
                    .println("hireable: the portfolio score "
                            + report.portfolio().score() + " is below " + failUnderName + " " + failUnder.get() + ".");
            console.err().flush();
            return ExitCode.BELOW_THRESHOLD;
        }
        return ExitCode.OK;
    }
}
