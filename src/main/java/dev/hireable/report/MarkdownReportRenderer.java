package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown report for a GitHub comment or job summary: the verdict first, the three slots, the next steps with what
 * each completes, red flags, then the evidence that fills each slot, the check matrix and each repository's findings.
 * The matrix has a row per check and a column per repository, at most {@value #MATRIX_COLUMNS} columns wide so it fits
 * GitHub's content column; further repositories show their checks in their own folded section. Long sections fold
 * into {@code <details>}; a report that would still exceed the size budget is cut at a section boundary with a
 * notice. Every text that comes from a repository is escaped, only http(s) URLs become links, and a link whose text
 * names a file points at that file.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    /** GitHub's limit for a job summary (1 MiB), less room for the notice of a cut. */
    public static final int JOB_SUMMARY_BYTES = 1024 * 1024;
    /** GitHub's limit for an issue or pull-request comment (65,536 characters). */
    public static final int COMMENT_CHARACTERS = 65_536;

    private static final int FOLD_EVIDENCE_OVER = 5;
    private static final int FOLD_STEPS_OVER = 10;
    /** The check matrix's columns at most: the check, then one per repository. */
    static final int MATRIX_COLUMNS = 8;

    private static final int EVIDENCE_LINKS_PER_FINDING = 3;
    private static final int NOTICE_RESERVE = 400;

    private final int maxBytes;

    /** A renderer for a job summary (at most 1 MiB). */
    public MarkdownReportRenderer() {
        this(JOB_SUMMARY_BYTES);
    }

    /** @param maxBytes the largest report, in UTF-8 bytes; use {@link #COMMENT_CHARACTERS} for a comment */
    public MarkdownReportRenderer(int maxBytes) {
        if (maxBytes < 4 * NOTICE_RESERVE) {
            throw new IllegalArgumentException("a Markdown report needs at least " + 4 * NOTICE_RESERVE + " bytes");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        out.write(markdown(report));
        out.flush();
    }

    public String markdown(AuditReport report) {
        List<String> blocks = new ArrayList<>();
        blocks.add(header(report));
        blocks.add(slots(report));
        blocks.add(nextSteps(report));
        blocks.add(redFlags(report));
        blocks.add(notAudited(report));
        SlotView.of(report).stream()
                .filter(slot -> !slot.evidence().isEmpty())
                .forEach(slot -> blocks.add(slotEvidence(slot)));
        blocks.add(matrix(report));
        CheckMatrix checks = CheckMatrix.of(report);
        for (int i = 0; i < report.repos().size(); i++) {
            ScoredRepo repo = report.repos().get(i);
            blocks.add(repoFindings(
                    RepoView.of(repo, report.portfolio()),
                    i < MATRIX_COLUMNS - 1 ? Optional.empty() : Optional.of(checks)));
        }
        blocks.add(footer(report));
        return fit(blocks.stream().filter(b -> !b.isEmpty()).toList());
    }

    /** Joins the blocks while they fit the budget; the rest is left out with a notice saying how much. */
    private String fit(List<String> blocks) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i) + "\n";
            int size = block.getBytes(StandardCharsets.UTF_8).length;
            boolean last = i == blocks.size() - 1;
            if (bytes + size > maxBytes - (last ? 0 : NOTICE_RESERVE)) {
                out.append("> [!NOTE]\n> This report was cut at ")
                        .append(maxBytes / 1024)
                        .append(" KiB to fit where it is " + "posted: ")
                        .append(blocks.size() - i)
                        .append(" of ")
                        .append(blocks.size())
                        .append(" sections are left out. The JSON and HTML reports hold everything.\n");
                break;
            }
            out.append(block);
            bytes += size;
        }
        return out.toString();
    }

    private static String header(AuditReport report) {
        var portfolio = report.portfolio();
        String icon =
                portfolio.standardMet() == Archetype.SLOTS.size() ? "✅" : portfolio.standardMet() > 0 ? "🟡" : "❌";
        StringBuilder md = new StringBuilder();
        md.append("## ")
                .append(icon)
                .append(" Standard met ")
                .append(portfolio.standardMet())
                .append('/')
                .append(Archetype.SLOTS.size())
                .append(" · score ")
                .append(portfolio.score())
                .append("/100\n\n");
        md.append("**").append(MarkdownText.escape(portfolio.verdict())).append("**\n\n");
        md.append("Portfolio of ")
                .append(report.subject().kind().id())
                .append(' ')
                .append(MarkdownText.code(report.subject().id()))
                .append(": ")
                .append(count(report.repos().size(), "repository", "repositories"))
                .append(" audited");
        if (!report.errors().isEmpty()) {
            md.append(", ").append(report.errors().size()).append(" could not be (see below)");
        }
        md.append(".\n");
        return md.toString();
    }

    private static String slots(AuditReport report) {
        StringBuilder md = new StringBuilder(
                "### The three projects\n\n| | Slot | Repository | Fit | Missing |\n|---|---|---|---:|---|\n");
        for (SlotView slot : SlotView.of(report)) {
            SlotResult result = slot.result();
            String missing = result.repo().isEmpty()
                    ? result.note().map(MarkdownText::escape).orElse("no repository fits")
                    : result.missing().isEmpty() ? "—" : MarkdownText.escape(String.join(", ", result.missing()));
            md.append("| ")
                    .append(icon(slot.status()))
                    .append(" | ")
                    .append(slot.title())
                    .append(" | ")
                    .append(slot.repo()
                            .map(MarkdownReportRenderer::repoLink)
                            .orElseGet(() ->
                                    result.repo().map(MarkdownText::escape).orElse("—")))
                    .append(" | ")
                    .append(result.repo().isEmpty() ? "—" : String.valueOf(result.score()))
                    .append(" | ")
                    .append(missing)
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String slotEvidence(SlotView slot) {
        List<Finding> evidence = slot.evidence();
        String title = "Evidence for " + slot.title().toLowerCase(java.util.Locale.ROOT) + ": "
                + slot.repo().orElseThrow().id();
        StringBuilder items = new StringBuilder();
        RepoMetadata metadata = slot.repo().orElseThrow().assessment().metadata();
        evidence.forEach(f -> items.append(findingLine(f, "✅", metadata)));
        if (evidence.size() <= FOLD_EVIDENCE_OVER) {
            return "#### " + MarkdownText.escape(title) + "\n\n" + items;
        }
        return details(Html.escape(title) + " (" + evidence.size() + " checks)", items.toString());
    }

    private static String redFlags(AuditReport report) {
        List<RedFlag> flags = report.portfolio().redFlags();
        if (flags.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### 🚩 Red flags\n\n");
        flags.forEach(flag ->
                md.append("- ").append(MarkdownText.escape(flag.message())).append('\n'));
        return md.toString();
    }

    private static String nextSteps(AuditReport report) {
        List<NextStep> steps = report.portfolio().nextSteps();
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Next steps\n\n");
        for (int i = 0; i < Math.min(steps.size(), FOLD_STEPS_OVER); i++) {
            md.append(step(i + 1, StepView.of(steps.get(i), report.portfolio())));
        }
        if (steps.size() > FOLD_STEPS_OVER) {
            StringBuilder more = new StringBuilder();
            for (int i = FOLD_STEPS_OVER; i < steps.size(); i++) {
                more.append(step(i + 1, StepView.of(steps.get(i), report.portfolio())));
            }
            md.append('\n').append(details((steps.size() - FOLD_STEPS_OVER) + " more steps", more.toString()));
        }
        return md.toString();
    }

    private static String step(int rank, StepView step) {
        String effect = step.step().completes().isPresent() ? "**" + step.effect() + "**" : step.effect();
        return rank + ". " + MarkdownText.escape(step.who()) + ": "
                + MarkdownText.escape(step.step().action()) + " — " + effect
                + step.step()
                        .note()
                        .map(note -> "<br>" + MarkdownText.escape(note))
                        .orElse("") + "\n";
    }

    private static String notAudited(AuditReport report) {
        if (report.errors().isEmpty() && report.skipped().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        if (!report.errors().isEmpty()) {
            md.append("### ⚠️ Not audited\n\n");
            for (RepoError error : report.errors()) {
                md.append("- ")
                        .append(MarkdownText.code(error.repo()))
                        .append(": ")
                        .append(MarkdownText.escape(error.message()))
                        .append('\n');
            }
        }
        if (!report.skipped().isEmpty()) {
            StringBuilder skipped = new StringBuilder();
            for (PortfolioSource.Skipped skip : report.skipped()) {
                skipped.append("- ")
                        .append(MarkdownText.code(skip.repo()))
                        .append(": ")
                        .append(MarkdownText.escape(skip.reason()))
                        .append('\n');
            }
            md.append(md.isEmpty() ? "" : "\n")
                    .append(details(
                            count(report.skipped().size(), "repository", "repositories") + " skipped",
                            skipped.toString()));
        }
        return md.toString();
    }

    /** A row per check, a column per repository (the first ones; the others show their checks in their own section). */
    private static String matrix(AuditReport report) {
        if (report.repos().isEmpty()) {
            return "";
        }
        CheckMatrix matrix = CheckMatrix.of(report);
        List<ScoredRepo> shown =
                report.repos().subList(0, Math.min(report.repos().size(), MATRIX_COLUMNS - 1));
        StringBuilder table = new StringBuilder("| Check |");
        shown.forEach(repo -> table.append(' ').append(repoLink(repo)).append(" |"));
        table.append("\n|---|").append("---|".repeat(shown.size())).append("\n| Score |");
        shown.forEach(repo -> table.append(' ').append(repo.score()).append(" |"));
        table.append('\n');
        for (CheckMatrix.Column column : matrix.columns()) {
            table.append("| ").append(MarkdownText.escape(column.header())).append(" |");
            shown.forEach(repo -> table.append(' ').append(cell(column, repo)).append(" |"));
            table.append('\n');
        }
        String legend = "\n"
                + matrix.columns().stream()
                        .map(c -> "**" + MarkdownText.escape(c.header()) + "**: " + MarkdownText.escape(c.meaning()))
                        .collect(java.util.stream.Collectors.joining(" · "))
                + "\n";
        String more = report.repos().size() > shown.size()
                ? "\nThe checks of the other "
                        + count(report.repos().size() - shown.size(), "repository", "repositories")
                        + " are in their sections below.\n"
                : "";
        return "### Check matrix\n\n" + table + more + "\n" + details("What the checks mean", legend);
    }

    private static String cell(CheckMatrix.Column column, ScoredRepo repo) {
        String mark = column.unknown(repo) ? "❔" : column.passes(repo) ? "✅" : "❌";
        return mark + column.detail(repo).map(d -> " " + MarkdownText.escape(d)).orElse("");
    }

    /** @param checks the check matrix, for a repository the matrix has no column for */
    private static String repoFindings(RepoView view, Optional<CheckMatrix> checks) {
        ScoredRepo repo = view.repo();
        List<Finding> open = repo.assessment().findings().stream()
                .filter(f -> f.is(Outcome.FAIL) || f.is(Outcome.UNKNOWN))
                .toList();
        long passed = repo.assessment().findings().stream()
                .filter(f -> f.is(Outcome.PASS))
                .count();
        StringBuilder body = new StringBuilder();
        if (!view.missingLabels().isEmpty()) {
            body.append("**Missing for ")
                    .append(MarkdownText.escape(view.focusTitle().orElse("")))
                    .append(":** ")
                    .append(MarkdownText.escape(String.join(", ", view.missingLabels())))
                    .append("\n\n");
        }
        if (checks.isPresent()) {
            body.append("**Checks:** ")
                    .append(checks.get().columns().stream()
                            .map(c -> cell(c, repo) + " " + MarkdownText.escape(c.header()))
                            .collect(java.util.stream.Collectors.joining(" · ")))
                    .append("\n\n");
        }
        RepoMetadata metadata = repo.assessment().metadata();
        open.forEach(f -> body.append(findingLine(f, f.is(Outcome.FAIL) ? "❌" : "❔", metadata)));
        if (open.isEmpty()) {
            body.append("Nothing to fix.\n");
        }
        String summary = Html.escape(repo.id()) + ": score " + repo.score() + ", " + Html.escape(view.place()) + " · "
                + passed + " passed, " + open.size() + " to look at";
        return details(summary, body.toString());
    }

    private static String findingLine(Finding finding, String icon, RepoMetadata metadata) {
        StringBuilder md = new StringBuilder("- ")
                .append(icon)
                .append(' ')
                .append(MarkdownText.escape(finding.message()))
                .append(' ')
                .append(MarkdownText.code(finding.rule()));
        List<Evidence> evidence = finding.evidence().stream()
                .filter(e -> !".".equals(e.path().orElse("")))
                .toList();
        for (int i = 0; i < Math.min(evidence.size(), EVIDENCE_LINKS_PER_FINDING); i++) {
            Evidence e = evidence.get(i);
            md.append(i == 0 ? "<br>" : " · ")
                    .append(EvidenceLink.of(e, metadata).markdown());
            e.snippet().ifPresent(s -> md.append(' ').append(MarkdownText.code(s)));
        }
        if (evidence.size() > EVIDENCE_LINKS_PER_FINDING) {
            md.append(" · and ")
                    .append(evidence.size() - EVIDENCE_LINKS_PER_FINDING)
                    .append(" more");
        }
        if (!finding.is(Outcome.PASS)) {
            finding.remediation().ifPresent(fix -> md.append("<br>→ ").append(MarkdownText.escape(fix)));
        }
        return md.append('\n').toString();
    }

    private static String footer(AuditReport report) {
        return "<sub>"
                + MarkdownText.escape(report.tool().name() + " " + report.tool().version()) + " · generated "
                + report.generatedAt() + " · evidence links point at the audited commit</sub>\n";
    }

    private static String repoLink(ScoredRepo repo) {
        Optional<String> url = repo.assessment().metadata().pageUrl();
        return MarkdownText.link(repo.id(), url);
    }

    /** @param summary HTML, already escaped: GitHub does not read Markdown inside {@code <summary>} */
    private static String details(String summary, String body) {
        return "<details><summary>" + summary + "</summary>\n\n" + body + "\n</details>\n";
    }

    private static String icon(SlotResult.Status status) {
        return switch (status) {
            case MET -> "✅";
            case PARTIAL -> "🟡";
            case EMPTY -> "❌";
        };
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
