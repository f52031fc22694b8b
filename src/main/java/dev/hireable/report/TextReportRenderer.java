package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.ignores.AppliedIgnore;
import dev.hireable.snapshot.Ownership;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.EndpointCheck;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.RequirementStatus;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * A report for a terminal, wrapped to its width. By default it is the decision and what changes it: the verdict (with
 * "Standard met k/3" and the score on the second line, where people and scripts look), the three slots, the top next
 * steps, every red flag, and per repository only what its own slot is missing. With {@code detail}, every repository's
 * checks, findings, evidence and fixes follow.
 * Every value that comes from a repository or a server goes through {@link TerminalText#safe} ({@code v}), so none can
 * drive the terminal.
 */
public final class TextReportRenderer implements ReportRenderer {

    /** Next steps shown without {@code detail}; the rest are counted. */
    static final int TOP_STEPS = 3;

    private static final String INDENT = "  ";

    private final boolean color;
    private final TextWrap wrap;
    private final boolean detail;

    /** A default report at the default width. */
    public TextReportRenderer(boolean color) {
        this(color, TextWrap.DEFAULT_WIDTH, false);
    }

    /**
     * @param color  whether to use ANSI colours (only on a terminal, and never when NO_COLOR is set)
     * @param width  the terminal's width in columns
     * @param detail whether to add every repository's checks and findings with evidence and fixes
     */
    public TextReportRenderer(boolean color, int width, boolean detail) {
        this.color = color;
        this.wrap = new TextWrap(width);
        this.detail = detail;
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        Lines text = new Lines();
        PortfolioAssessment portfolio = report.portfolio();
        text.add(bold("hireable " + report.tool().version()) + " · "
                + report.subject().kind().id() + " " + v(report.subject().id()));
        text.add(bold("Standard met " + portfolio.standardMet() + "/" + Archetype.SLOTS.size()) + " · score "
                + portfolio.score() + "/100 · "
                + MarkdownReportRenderer.count(report.repos().size(), "repository", "repositories")
                + (report.errors().isEmpty() ? "" : ", " + report.errors().size() + " not audited"));
        text.wrapped("", "", v(portfolio.verdict()));
        slots(portfolio, text);
        nextSteps(portfolio, text);
        redFlags(portfolio, text);
        repositories(report, text);
        notAudited(report, text);
        if (!detail && !report.repos().isEmpty()) {
            text.blank();
            text.wrapped(
                    "", "", dim("Every check, finding, evidence and fix: --detail. For a reviewer: --format html."));
        }
        out.write(text.toString());
        out.flush();
    }

    private void slots(PortfolioAssessment portfolio, Lines text) {
        text.blank();
        text.add(bold("The three projects"));
        int titleWidth = portfolio.slotsInOrder().stream()
                .mapToInt(s -> s.title().length())
                .max()
                .orElse(0);
        int repoWidth = portfolio.slotsInOrder().stream()
                .mapToInt(s -> s.repo().map(String::length).orElse(0))
                .max()
                .orElse(0);
        for (SlotResult slot : portfolio.slotsInOrder()) {
            String mark = slot.met() ? green("✔") : slot.repo().isPresent() ? yellow("~") : red("✘");
            String head = " " + mark + " " + TextWrap.pad(slot.title(), titleWidth) + "  ";
            if (slot.repo().isEmpty()) {
                text.wrapped(
                        head,
                        INDENT + "   ",
                        dim("no repository") + slot.note().map(n -> ": " + v(n)).orElse(""));
                continue;
            }
            String line = TextWrap.pad(v(slot.repo().get()), repoWidth) + "  fit " + slot.score() + "/100";
            if (detail && !slot.missing().isEmpty()) {
                line += dim("  missing: " + v(String.join(", ", slot.missing())));
            }
            text.wrapped(head, INDENT + "   ", line);
            slot.note().ifPresent(note -> text.wrapped(INDENT + "   ", INDENT + "   ", dim(v(note))));
        }
    }

    private void nextSteps(PortfolioAssessment portfolio, Lines text) {
        List<NextStep> steps = portfolio.nextSteps();
        if (steps.isEmpty()) {
            return;
        }
        text.blank();
        text.add(bold("Next steps"));
        int shown = detail ? steps.size() : Math.min(TOP_STEPS, steps.size());
        for (int i = 0; i < shown; i++) {
            StepView step = StepView.of(steps.get(i), portfolio);
            String number = " " + (i + 1) + ". ";
            String effect = step.step().completes().isPresent() ? green(v(step.effect())) : v(step.effect());
            text.wrapped(
                    number,
                    " ".repeat(number.length()),
                    bold(v(step.who())) + ": " + v(step.step().action()) + " → " + effect);
            if (detail) {
                step.step()
                        .note()
                        .ifPresent(note ->
                                text.wrapped(" ".repeat(number.length()), " ".repeat(number.length()), dim(v(note))));
            }
        }
        if (shown < steps.size()) {
            text.add(dim(INDENT + (steps.size() - shown) + " more with --detail"));
        }
    }

    private void redFlags(PortfolioAssessment portfolio, Lines text) {
        if (portfolio.redFlags().isEmpty()) {
            return;
        }
        text.blank();
        text.add(red(bold("Red flags")));
        for (RedFlag flag : portfolio.redFlags()) {
            text.wrapped(" " + red("!") + " ", "   ", v(flag.message()));
        }
    }

    private void repositories(AuditReport report, Lines text) {
        if (report.repos().isEmpty()) {
            return;
        }
        text.blank();
        text.add(bold("Repositories"));
        if (detail) {
            CheckMatrix matrix = CheckMatrix.of(report);
            for (ScoredRepo repo : report.repos()) {
                detailedRepo(RepoView.of(repo, report.portfolio()), matrix, text);
            }
            return;
        }
        int idWidth =
                report.repos().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (ScoredRepo repo : report.repos()) {
            RepoView view = RepoView.of(repo, report.portfolio());
            String head = " " + TextWrap.pad(v(repo.id()), idWidth) + "  score "
                    + TextWrap.padStart(String.valueOf(repo.score()), 3) + "  ";
            List<String> missing = view.missingLabels();
            String gaps = missing.isEmpty()
                    ? ""
                    : view.fills()
                            ? "; missing: " + v(String.join(", ", missing))
                            : " (" + MarkdownReportRenderer.count(missing.size(), "requirement", "requirements")
                                    + " missing)";
            text.wrapped(head, " ".repeat(TextWrap.visibleWidth(head)), v(view.place()) + dim(gaps));
            ownership(repo)
                    .ifPresent(note -> text.wrapped(
                            " ".repeat(TextWrap.visibleWidth(head)), " ".repeat(TextWrap.visibleWidth(head)), note));
        }
    }

    /** For a repository of another account: whose it is and whether it may fill a slot. */
    private Optional<String> ownership(ScoredRepo repo) {
        return repo.assessment()
                .metadata()
                .ownership()
                .filter(Ownership::foreign)
                .map(owner -> yellow("owned by " + v(owner.owner())) + ": " + v(owner.candidate())
                        + owner.contributed()
                                .map(c -> c ? " has commits in it" : " has no commits in it, so it fills no slot")
                                .orElse(" may have no commits in it (GitHub did not say), so it fills no slot"));
    }

    private void detailedRepo(RepoView view, CheckMatrix matrix, Lines text) {
        ScoredRepo repo = view.repo();
        text.blank();
        text.wrapped("", INDENT, bold(v(repo.id())) + "  score " + repo.score() + "/100 · " + v(view.place()));
        ownership(repo).ifPresent(note -> text.wrapped(INDENT, INDENT + "  ", note));
        List<String> checks = matrix.columns().stream()
                .map(column -> (column.unknown(repo) ? yellow("?") : check(column.passes(repo))) + " " + column.header()
                        + column.detail(repo).map(d -> " (" + v(d) + ")").orElse(""))
                .toList();
        wrap.items(INDENT, INDENT, checks, "  ").forEach(text::add);
        for (RequirementStatus missing : view.missing()) {
            text.wrapped(INDENT + yellow("missing") + " ", INDENT + "  ", missing.label() + ": " + v(missing.action()));
        }
        for (RedFlag flag : repo.redFlags()) {
            text.wrapped(INDENT + red("red flag") + ": ", INDENT + "  ", v(flag.message()));
        }
        for (EndpointCheck check : repo.endpointChecks()) {
            text.wrapped(
                    INDENT + (check.answered() ? green("✔") : red("✘")) + " live check ",
                    INDENT + "  ",
                    v(check.url()) + ": " + v(check.summary()));
        }
        for (AppliedIgnore ignore : repo.ignores()) {
            text.wrapped(
                    INDENT,
                    INDENT + "  ",
                    dim("ignored " + v(ignore.rule()) + " ("
                                    + MarkdownReportRenderer.count(ignore.suppressed(), "finding", "findings")
                                    + " suppressed, " + v(ignore.file()) + "): ")
                            + v(ignore.reason()));
        }
        for (Finding finding : repo.assessment().findings()) {
            if (finding.is(Outcome.FAIL) || finding.is(Outcome.UNKNOWN)) {
                text.wrapped(
                        INDENT + (finding.is(Outcome.FAIL) ? red("✘") : yellow("?")) + " ",
                        INDENT + "  ",
                        v(finding.message()) + dim(" [" + v(finding.rule()) + "]"));
                finding.evidence().stream()
                        .findFirst()
                        .flatMap(TextReportRenderer::where)
                        .ifPresent(w -> text.wrapped(INDENT + "    ", INDENT + "    ", dim(v(w))));
                finding.remediation().ifPresent(fix -> text.wrapped(INDENT + "    → ", INDENT + "      ", v(fix)));
            }
        }
    }

    private void notAudited(AuditReport report, Lines text) {
        if (!report.errors().isEmpty()) {
            text.blank();
            text.add(red(bold("Not audited")));
            for (RepoError error : report.errors()) {
                text.wrapped(" " + v(error.repo()) + ": ", "   ", v(error.message()));
            }
        }
        if (!report.skipped().isEmpty()) {
            text.blank();
            for (PortfolioSource.Skipped skipped : report.skipped()) {
                text.wrapped("", INDENT, dim("skipped " + v(skipped.repo()) + ": " + v(skipped.reason())));
            }
        }
    }

    private static Optional<String> where(Evidence e) {
        if (e.path().isPresent() && !e.path().get().equals(".")) {
            return Optional.of(e.path().get() + (e.line() > 0 ? ":" + e.line() : ""));
        }
        return e.url();
    }

    private static String v(String untrusted) {
        return TerminalText.safe(untrusted);
    }

    /** The report's lines, wrapped as they are added. */
    private final class Lines {
        private final StringBuilder text = new StringBuilder();

        void add(String line) {
            text.append(line).append('\n');
        }

        void blank() {
            text.append('\n');
        }

        void wrapped(String first, String next, String content) {
            wrap.wrap(first, next, content).forEach(this::add);
        }

        @Override
        public String toString() {
            return text.toString();
        }
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
