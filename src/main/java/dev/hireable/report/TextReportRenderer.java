package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.ignores.AppliedIgnore;
import dev.hireable.snapshot.Ownership;
import dev.hireable.standard.EndpointCheck;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report for a terminal: verdict, slots, then each repository's signals and what to fix. Every value that comes
 * from a repository or a server goes through {@link TerminalText#safe} ({@code v}), so none can drive the terminal.
 */
public final class TextReportRenderer implements ReportRenderer {

    private final boolean color;

    /** @param color whether to use ANSI colours (only on a terminal, and never when NO_COLOR is set) */
    public TextReportRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        var portfolio = report.portfolio();
        text.append(bold("hireable " + report.tool().version())).append(" · ").append(report.subject().kind().id())
                .append(' ').append(v(report.subject().id())).append('\n');
        text.append(bold("Standard met: " + portfolio.standardMet() + "/3")).append("   score ")
                .append(portfolio.score()).append("/100\n");
        text.append(v(portfolio.verdict())).append("\n\n");
        for (SlotResult slot : portfolio.slotsInOrder()) {
            String mark = slot.met() ? green("✔") : slot.repo().isPresent() ? yellow("~") : red("✘");
            text.append(' ').append(mark).append(' ').append(String.format("%-28s", slot.title()))
                    .append(slot.repo().isEmpty() ? dim("(no repository)") : v(slot.repo().get()))
                    .append("  ").append(slot.score()).append("/100");
            if (!slot.missing().isEmpty()) {
                text.append(dim("  missing: " + v(String.join(", ", slot.missing()))));
            }
            text.append('\n');
        }
        if (!portfolio.nextSteps().isEmpty()) {
            text.append('\n').append(bold("Next steps")).append('\n');
            for (NextStep step : portfolio.nextSteps()) {
                text.append("  +").append(step.impact()).append("  ").append(v(step.repo())).append(": ")
                        .append(v(step.action())).append('\n');
            }
        }
        if (!portfolio.nearMisses().isEmpty()) {
            text.append('\n').append(bold("Near misses")).append('\n');
            portfolio.nearMisses().forEach(miss -> text.append("  ").append(v(miss.message())).append('\n'));
        }
        CheckMatrix matrix = CheckMatrix.of(report);
        for (ScoredRepo repo : report.repos()) {
            text.append('\n');
            repo(repo, matrix, text);
        }
        for (var skipped : report.skipped()) {
            text.append('\n').append(dim("skipped " + v(skipped.repo()) + ": " + v(skipped.reason())));
        }
        if (!report.errors().isEmpty()) {
            text.append('\n').append(red(bold("Not audited"))).append('\n');
            for (RepoError error : report.errors()) {
                text.append("  ").append(v(error.repo())).append(": ").append(v(error.message())).append('\n');
            }
        }
        out.write(text.toString());
        out.flush();
    }

    private void repo(ScoredRepo repo, CheckMatrix matrix, StringBuilder text) {
        var assessment = repo.assessment();
        text.append(bold(v(assessment.id()))).append("  score ").append(repo.score()).append("/100  ")
                .append(dim(assessment.archetypes().stream().map(Archetype::id).collect(Collectors.joining(", "))))
                .append('\n');
        assessment.metadata().ownership().filter(Ownership::foreign).ifPresent(owner -> text.append("  ")
                .append(yellow("owned by " + v(owner.owner()))).append(": ").append(v(owner.candidate()))
                .append(owner.contributed().map(c -> c ? " has commits in it" : " has no commits in it, so it fills no slot")
                        .orElse(" may have no commits in it (GitHub did not say), so it fills no slot")).append('\n'));
        text.append(" ");
        for (CheckMatrix.Column column : matrix.columns()) {
            text.append(' ').append(column.unknown(repo) ? yellow("?") : check(column.passes(repo))).append(' ')
                    .append(column.header()).append(column.detail(repo).map(d -> " (" + d + ")").orElse(""));
        }
        text.append('\n');
        for (RedFlag flag : repo.redFlags()) {
            text.append("  ").append(red("red flag")).append(": ").append(v(flag.message())).append('\n');
        }
        for (EndpointCheck check : repo.endpointChecks()) {
            text.append("  ").append(check.answered() ? green("✔") : red("✘")).append(" live check ")
                    .append(v(check.url())).append(": ").append(v(check.summary())).append('\n');
        }
        for (AppliedIgnore ignore : repo.ignores()) {
            text.append("  ").append(dim("ignored " + v(ignore.rule()) + " (" + ignore.suppressed() + " finding"
                    + (ignore.suppressed() == 1 ? "" : "s") + " suppressed, " + v(ignore.file()) + "): ")).append(v(ignore.reason()))
                    .append('\n');
        }
        for (Finding finding : assessment.findings()) {
            if (finding.is(Outcome.FAIL) || finding.is(Outcome.UNKNOWN)) {
                text.append("  ").append(finding.is(Outcome.FAIL) ? red("✘") : yellow("?")).append(' ')
                        .append(v(finding.message())).append(dim(" [" + v(finding.rule()) + "]")).append('\n');
                finding.evidence().stream().findFirst().flatMap(TextReportRenderer::where)
                        .ifPresent(w -> text.append("      ").append(dim(v(w))).append('\n'));
                finding.remediation().ifPresent(fix -> text.append("      → ").append(v(fix)).append('\n'));
            }
        }
    }

    private static java.util.Optional<String> where(Evidence e) {
        if (e.path().isPresent() && !e.path().get().equals(".")) {
            return java.util.Optional.of(e.path().get() + (e.line() > 0 ? ":" + e.line() : ""));
        }
        return e.url();
    }

    private static String v(String untrusted) {
        return TerminalText.safe(untrusted);
    }

    private String check(boolean value) {
        return value ? green("✔") : red("✘");
    }

    private String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    private String red(String s) {
        return color ? "\u001b[31m" + s + "\u001b[0m" : s;
    }

    private String green(String s) {
        return color ? "\u001b[32m" + s + "\u001b[0m" : s;
    }

    private String yellow(String s) {
        return color ? "\u001b[33m" + s + "\u001b[0m" : s;
    }
}
