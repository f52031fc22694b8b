package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report for reviewers: one file with inline CSS and SVG, no script, font or image from
 * elsewhere (a Content-Security-Policy forbids them), readable offline, on a phone and on paper. It leads with the
 * verdict (a score gauge coloured by threshold), the three slots and the next steps with what each completes, then
 * red flags, interview questions, the check matrix (per-repository cards on a narrow screen), authenticity context
 * when something is known, and a card per repository, its gaps before its passing evidence. Printed, the verdict and
 * the slots fill the first page and each repository gets a page of its own.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final int EVIDENCE_PER_SLOT = 4;
    private static final int EVIDENCE_LINKS_PER_FINDING = 3;
    /** A repository with this few gaps shows them open; more fold behind their count. */
    private static final int OPEN_GAPS_UP_TO = 5;

    private final InterviewQuestions questions;

    public HtmlReportRenderer(RuleCatalog catalog) {
        this(InterviewQuestions.from(catalog));
    }

    public HtmlReportRenderer(InterviewQuestions questions) {
        this.questions = questions;
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        out.write(html(report));
        out.flush();
    }

    public String html(AuditReport report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append(HtmlPage.head("Portfolio audit: " + ReportTitle.of(report)));
        header(report, html);
        slots(report, html);
        nextSteps(report.portfolio(), html);
        redFlags(report, html);
        interviewQuestions(report, html);
        matrix(report, html);
        authenticity(report, html);
        repositories(report, html);
        notAudited(report, html);
        html.append(HtmlPage.foot(report.tool().name() + " " + report.tool().version() + " · generated "
                + report.generatedAt() + " · evidence links point at the audited commit"));
        return html.toString();
    }

    private static void header(AuditReport report, StringBuilder html) {
        PortfolioAssessment portfolio = report.portfolio();
        int slots = Archetype.SLOTS.size();
        html.append("<header class=\"top\">\n<p class=\"eyebrow\">Portfolio audit · ")
                .append(Html.escape(report.subject().kind().id()))
                .append("</p>\n<h1>")
                .append(Html.escape(ReportTitle.of(report)))
                .append("</h1>\n<p class=\"meta\">")
                .append(MarkdownReportRenderer.count(report.repos().size(), "repository", "repositories"))
                .append(" audited");
        if (!report.errors().isEmpty()) {
            html.append(" · <span class=\"warn\">")
                    .append(report.errors().size())
                    .append(" not audited</span>");
        }
        html.append(" · ")
                .append(Html.escape(report.generatedAt().toString().substring(0, 10)))
                .append("</p>\n</header>\n");
        html.append("<section id=\"verdict\" class=\"verdict ")
                .append(HtmlCharts.level(portfolio.score()))
                .append("\" data-standard-met=\"")
                .append(portfolio.standardMet())
                .append("\" data-score=\"")
                .append(portfolio.score())
                .append("\">\n")
                .append(HtmlCharts.scoreGauge(portfolio.score()))
                .append("<div class=\"verdict-text\"><p class=\"headline\">Standard met <strong>")
                .append(portfolio.standardMet())
                .append('/')
                .append(slots)
                .append("</strong> ")
                .append(HtmlCharts.slotPips(portfolio.slotsInOrder()))
                .append("</p><p class=\"score\">Score <strong>")
                .append(portfolio.score())
                .append("</strong>/100</p><p class=\"sentence\">")
                .append(Html.escape(portfolio.verdict()))
                .append("</p></div>\n</section>\n");
    }

    /** The slots: each card shows its fit once, what it misses before the evidence that fills it. */
    private static void slots(AuditReport report, StringBuilder html) {
        html.append("<section class=\"panel\" id=\"slots\">\n<h2>The three projects</h2>\n<div class=\"slots\">\n");
        for (SlotView slot : SlotView.of(report)) {
            SlotResult result = slot.result();
            String status = HtmlCharts.statusClass(slot.status());
            html.append("<article class=\"slot ")
                    .append(status)
                    .append("\" data-slot=\"")
                    .append(slot.slot().id())
                    .append("\">\n<h3>")
                    .append(Html.escape(slot.title()))
                    .append(" <span class=\"pill ")
                    .append(status)
                    .append("\">")
                    .append(slot.status().label())
                    .append("</span></h3>\n<p class=\"repo\">");
            if (slot.repo().isPresent()) {
                html.append(repoLink(slot.repo().get()));
            } else {
                html.append(result.repo()
                        .map(Html::escape)
                        .orElse("<span class=\"muted\">No repository fills this slot.</span>"));
            }
            html.append("</p>\n");
            if (result.repo().isPresent()) {
                html.append("<p class=\"fit\"><span>Fit <strong>")
                        .append(result.score())
                        .append("</strong>/100</span> ")
                        .append(HtmlCharts.meter(result.score()))
                        .append("</p>\n");
            }
            result.note()
                    .ifPresent(note -> html.append("<p class=\"note\">")
                            .append(Html.escape(note))
                            .append("</p>\n"));
            if (!result.missing().isEmpty()
                    && (result.repo().isPresent() || result.note().isEmpty())) {
                html.append("<p class=\"missing\"><span>Missing:</span> ")
                        .append(Html.escape(String.join(", ", result.missing())))
                        .append("</p>\n");
            }
            List<Finding> evidence = slot.evidence();
            if (!evidence.isEmpty()) {
                RepoMetadata metadata = slot.repo().orElseThrow().assessment().metadata();
                html.append(
                        "<div class=\"evidence-block\"><p class=\"evidence-heading\">Evidence</p><ul class=\"evidence\">\n");
                evidence.stream()
                        .limit(EVIDENCE_PER_SLOT)
                        .forEach(f -> html.append("<li>")
                                .append(findingText(f, metadata))
                                .append("</li>\n"));
                html.append("</ul>\n");
                if (evidence.size() > EVIDENCE_PER_SLOT) {
                    html.append("<details><summary>")
                            .append(evidence.size() - EVIDENCE_PER_SLOT)
                            .append(" more</summary><ul class=\"evidence\">\n");
                    evidence.stream()
                            .skip(EVIDENCE_PER_SLOT)
                            .forEach(f -> html.append("<li>")
                                    .append(findingText(f, metadata))
                                    .append("</li>\n"));
                    html.append("</ul></details>\n");
                }
                html.append("</div>\n");
            }
            html.append("</article>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private static void nextSteps(PortfolioAssessment portfolio, StringBuilder html) {
        List<NextStep> steps = portfolio.nextSteps();
        if (steps.isEmpty()) {
            return;
        }
        html.append(
                "<section class=\"panel\" id=\"next-steps\">\n<h2>Next steps <span class=\"aside\">for the candidate: what "
                        + "completes a slot first, then by score</span></h2>\n<ol class=\"steps\">\n");
        for (NextStep next : steps) {
            StepView step = StepView.of(next, portfolio);
            html.append("<li")
                    .append(next.completes().isPresent() ? " class=\"completes\"" : "")
                    .append("><p><b>")
                    .append(Html.escape(step.who()))
                    .append("</b>: ")
                    .append(Html.escape(next.action()))
                    .append("</p><p class=\"effect\">")
                    .append(
                            next.completes().isPresent()
                                    ? "<span class=\"pill met\">" + Html.escape(step.effect()) + "</span>"
                                    : "<span class=\"pill neutral\">" + Html.escape(step.effect()) + "</span>");
            next.note()
                    .ifPresent(note -> html.append(" <span class=\"muted\">")
                            .append(Html.escape(note))
                            .append("</span>"));
            html.append("</p></li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private static void redFlags(AuditReport report, StringBuilder html) {
        List<RedFlag> flags = report.portfolio().redFlags();
        if (flags.isEmpty()) {
            return;
        }
        html.append("<section class=\"panel flags\" id=\"red-flags\">\n<h2>Red flags</h2>\n<ul>\n");
        flags.forEach(flag -> html.append("<li data-repo=\"")
                .append(Html.escape(flag.repo()))
                .append("\">")
                .append(Html.escape(flag.message()))
                .append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }

    private void interviewQuestions(AuditReport report, StringBuilder html) {
        List<InterviewQuestions.Asked> asked = questions.ask(report);
        if (asked.isEmpty()) {
            return;
        }
        html.append(
                "<section class=\"panel questions\" id=\"questions\">\n<h2>Interview questions <span class=\"aside\">for the reviewer, "
                        + "from the evidence</span></h2>\n<ol>\n");
        for (InterviewQuestions.Asked q : asked) {
            html.append("<li><p>").append(Html.escape(q.text())).append("</p>");
            RepoMetadata metadata = report.repos().stream()
                    .filter(r -> r.id().equals(q.repo()))
                    .findFirst()
                    .map(r -> r.assessment().metadata())
                    .orElse(RepoMetadata.named(q.repo()));
            q.evidence()
                    .ifPresent(e -> html.append("<p class=\"cite\">")
                            .append(Html.escape(q.repo()))
                            .append(": ")
                            .append(EvidenceLink.of(e, metadata).html())
                            .append("</p>"));
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    /** The matrix on a wide screen; a narrow one shows each repository card's checks instead. */
    private static void matrix(AuditReport report, StringBuilder html) {
        html.append(
                "<section class=\"panel wide-only\" id=\"matrix-section\">\n<h2>Check matrix</h2>\n<div class=\"scroll\">"
                        + "<table id=\"matrix\" class=\"matrix\">\n<thead><tr><th>Repository</th><th class=\"num\">Score</th>");
        CheckMatrix matrix = CheckMatrix.of(report);
        matrix.columns()
                .forEach(c -> html.append("<th title=\"")
                        .append(Html.escape(c.meaning()))
                        .append("\">")
                        .append(Html.escape(c.header()))
                        .append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ScoredRepo repo : report.repos()) {
            html.append("<tr data-repo=\"")
                    .append(Html.escape(repo.id()))
                    .append("\"><th scope=\"row\">")
                    .append(repoLink(repo))
                    .append(repoTags(repo))
                    .append("</th><td class=\"num\">")
                    .append(repo.score())
                    .append("</td>");
            for (CheckMatrix.Column column : matrix.columns()) {
                Check check = Check.of(column, repo);
                html.append("<td class=\"cell ")
                        .append(check.css())
                        .append("\" title=\"")
                        .append(Html.escape(check.title(column)))
                        .append("\"><span aria-label=\"")
                        .append(check.word())
                        .append("\">")
                        .append(check.mark())
                        .append("</span>");
                column.detail(repo)
                        .ifPresent(d ->
                                html.append("<small>").append(Html.escape(d)).append("</small>"));
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        if (report.repos().isEmpty()) {
            html.append("<tr><td colspan=\"")
                    .append(matrix.size() + 2)
                    .append("\" class=\"muted\">No repository was audited.</td></tr>\n");
        }
        html.append("</tbody></table></div>\n<p class=\"legend\">")
                .append(matrix.columns().stream()
                        .map(c -> "<b>" + Html.escape(c.header()) + "</b> " + Html.escape(c.meaning()))
                        .collect(Collectors.joining(" · ")))
                .append("</p>\n</section>\n");
    }

    /** Ages, pushes, forks: shown only for what is known (a local directory has no dates), else left out. */
    private static void authenticity(AuditReport report, StringBuilder html) {
        AuthenticityContext context = AuthenticityContext.of(report);
        List<AuthenticityContext.RepoDates> dated = context.repos().stream()
                .filter(d -> d.ageDays().isPresent() || d.lastPushDays().isPresent() || d.fork() || d.archived())
                .toList();
        if (dated.isEmpty()) {
            return;
        }
        boolean forks = dated.stream().anyMatch(AuthenticityContext.RepoDates::fork);
        boolean archived = dated.stream().anyMatch(AuthenticityContext.RepoDates::archived);
        html.append(
                "<section class=\"panel\" id=\"authenticity\">\n<h2>Authenticity context <span class=\"aside\">facts to weigh, not a verdict</span></h2>\n<ul class=\"notes\">\n");
        context.observations()
                .forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>\n"));
        html.append("</ul>\n");
        HtmlCharts.timeline(report.repos(), report.generatedAt())
                .ifPresent(
                        chart -> html.append("<div class=\"chart\">")
                                .append(chart)
                                .append(
                                        "<p class=\"legend\"><span class=\"dot created\"></span> created <span class=\"dot pushed\"></span> last push</p></div>\n"));
        html.append(
                        "<div class=\"scroll\"><table class=\"dates\"><thead><tr><th>Repository</th><th class=\"num\">Age</th><th class=\"num\">Last push</th>")
                .append(forks ? "<th>Fork</th>" : "")
                .append(archived ? "<th>Archived</th>" : "")
                .append("</tr></thead><tbody>\n");
        for (AuthenticityContext.RepoDates dates : dated) {
            html.append("<tr><td>")
                    .append(Html.escape(dates.repo()))
                    .append("</td><td class=\"num\">")
                    .append(dates.ageDays().map(d -> d + " days").orElse("unknown"))
                    .append("</td><td class=\"num\">")
                    .append(dates.lastPushDays()
                            .map(d -> d == 0 ? "today" : d + " days ago")
                            .orElse("unknown"))
                    .append("</td>");
            if (forks) {
                html.append("<td>").append(dates.fork() ? "fork" : "").append("</td>");
            }
            if (archived) {
                html.append("<td>").append(dates.archived() ? "archived" : "").append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    /** A card per repository: where it stands, its red flags, its checks, then its gaps before its passing evidence. */
    private static void repositories(AuditReport report, StringBuilder html) {
        if (report.repos().isEmpty()) {
            return;
        }
        CheckMatrix matrix = CheckMatrix.of(report);
        html.append("<section id=\"repositories\">\n<h2 class=\"section-title\">Repositories</h2>\n");
        for (ScoredRepo repo : report.repos()) {
            RepoView view = RepoView.of(repo, report.portfolio());
            RepoMetadata metadata = repo.assessment().metadata();
            List<Finding> gaps = repo.assessment().findings().stream()
                    .filter(f -> f.is(Outcome.FAIL) || f.is(Outcome.UNKNOWN))
                    .toList();
            List<Finding> passes = repo.assessment().findings().stream()
                    .filter(f -> f.is(Outcome.PASS))
                    .toList();
            html.append("<article class=\"panel repo-card ")
                    .append(HtmlCharts.level(repo.score()))
                    .append("\" data-repo=\"")
                    .append(Html.escape(repo.id()))
                    .append("\">\n<header><h3>")
                    .append(repoLink(repo))
                    .append(repoTags(repo))
                    .append("</h3><p class=\"repo-score\">score <strong>")
                    .append(repo.score())
                    .append("</strong>/100</p></header>\n<p class=\"place\">")
                    .append(Html.escape(view.place()))
                    .append("</p>\n");
            metadata.description()
                    .ifPresent(d -> html.append("<p class=\"description\">")
                            .append(Html.escape(d))
                            .append("</p>\n"));
            if (!repo.redFlags().isEmpty()) {
                html.append("<ul class=\"red-flags\">");
                repo.redFlags()
                        .forEach(flag -> html.append("<li>")
                                .append(Html.escape(flag.message()))
                                .append("</li>"));
                html.append("</ul>\n");
            }
            if (!view.missingLabels().isEmpty()) {
                html.append("<p class=\"missing\"><span>Missing for ")
                        .append(Html.escape(view.focusTitle().orElse("")))
                        .append(":</span> ")
                        .append(Html.escape(String.join(", ", view.missingLabels())))
                        .append("</p>\n");
            }
            html.append("<ul class=\"checks\">");
            for (CheckMatrix.Column column : matrix.columns()) {
                Check check = Check.of(column, repo);
                html.append("<li class=\"")
                        .append(check.css())
                        .append("\" title=\"")
                        .append(Html.escape(check.title(column)))
                        .append("\">")
                        .append(check.mark())
                        .append(' ')
                        .append(Html.escape(column.header()))
                        .append(column.detail(repo)
                                .map(d -> " <small>" + Html.escape(d) + "</small>")
                                .orElse(""))
                        .append("</li>");
            }
            html.append("</ul>\n");
            if (!gaps.isEmpty()) {
                html.append("<details class=\"gaps\"")
                        .append(gaps.size() <= OPEN_GAPS_UP_TO ? " open" : "")
                        .append("><summary>")
                        .append(gaps.size())
                        .append(" to look at</summary>\n<ul class=\"findings\">\n");
                gaps.forEach(f -> html.append(findingItem(f, metadata)));
                html.append("</ul></details>\n");
            }
            if (!passes.isEmpty()) {
                html.append("<details class=\"passes\"><summary>")
                        .append(passes.size())
                        .append(" passed, with evidence</summary>\n<ul class=\"findings\">\n");
                passes.forEach(f -> html.append(findingItem(f, metadata)));
                html.append("</ul></details>\n");
            }
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private static String findingItem(Finding finding, RepoMetadata metadata) {
        StringBuilder html = new StringBuilder("<li class=\"")
                .append(finding.outcome().id())
                .append("\"><span class=\"pill ")
                .append(finding.outcome().id())
                .append("\">")
                .append(finding.outcome().id().replace('_', ' '))
                .append("</span> ")
                .append(findingText(finding, metadata))
                .append(" <code class=\"rule\">")
                .append(Html.escape(finding.rule()))
                .append("</code>");
        if (!finding.is(Outcome.PASS)) {
            finding.remediation()
                    .ifPresent(fix -> html.append("<p class=\"fix\">")
                            .append(Html.escape(fix))
                            .append("</p>"));
        }
        return html.append("</li>\n").toString();
    }

    private static void notAudited(AuditReport report, StringBuilder html) {
        if (report.errors().isEmpty() && report.skipped().isEmpty()) {
            return;
        }
        html.append("<section class=\"panel\" id=\"not-audited\">\n");
        if (!report.errors().isEmpty()) {
            html.append("<h2>Not audited</h2>\n<ul>\n");
            for (RepoError error : report.errors()) {
                html.append("<li><code>")
                        .append(Html.escape(error.repo()))
                        .append("</code> ")
                        .append(Html.escape(error.message()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!report.skipped().isEmpty()) {
            html.append("<h2>Skipped</h2>\n<ul>\n");
            for (PortfolioSource.Skipped skip : report.skipped()) {
                html.append("<li><code>")
                        .append(Html.escape(skip.repo()))
                        .append("</code> ")
                        .append(Html.escape(skip.reason()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String findingText(Finding finding, RepoMetadata metadata) {
        StringBuilder html = new StringBuilder(Html.escape(finding.message()));
        List<Evidence> evidence = finding.evidence().stream()
                .filter(e -> !".".equals(e.path().orElse("")))
                .toList();
        if (!evidence.isEmpty()) {
            html.append("<span class=\"links\">");
            evidence.stream().limit(EVIDENCE_LINKS_PER_FINDING).forEach(e -> {
                html.append("<span class=\"link\">")
                        .append(EvidenceLink.of(e, metadata).html());
                e.snippet()
                        .ifPresent(s -> html.append(" <code class=\"snippet\">")
                                .append(Html.escape(s))
                                .append("</code>"));
                html.append("</span>");
            });
            if (evidence.size() > EVIDENCE_LINKS_PER_FINDING) {
                html.append("<span class=\"muted\">and ")
                        .append(evidence.size() - EVIDENCE_LINKS_PER_FINDING)
                        .append(" more</span>");
            }
            html.append("</span>");
        }
        return html.toString();
    }

    private static String repoLink(ScoredRepo repo) {
        Optional<String> url = repo.assessment().metadata().pageUrl();
        return Html.link(repo.id(), url);
    }

    private static String repoTags(ScoredRepo repo) {
        StringBuilder tags = new StringBuilder();
        if (repo.assessment().metadata().fork()) {
            tags.append(" <span class=\"tag\">fork</span>");
        }
        if (repo.assessment().metadata().archived()) {
            tags.append(" <span class=\"tag\">archived</span>");
        }
        return tags.toString();
    }

    /** One check of one repository, as the matrix cell and the card chip show it. */
    private record Check(boolean unknown, boolean passes, Optional<String> detail) {

        static Check of(CheckMatrix.Column column, ScoredRepo repo) {
            return new Check(column.unknown(repo), column.passes(repo), column.detail(repo));
        }

        String css() {
            return unknown ? "u" : passes ? "y" : "n";
        }

        String mark() {
            return unknown ? "?" : passes ? "✓" : "✗";
        }

        String word() {
            return unknown ? "unknown" : passes ? "yes" : "no";
        }

        String title(CheckMatrix.Column column) {
            return column.header() + ": " + word()
                    + detail.map(d -> " (" + d + ")").orElse("");
        }
    }
}
