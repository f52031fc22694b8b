package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.ScoredRepo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report for reviewers: one file with inline CSS and SVG, no script, font or image from
 * elsewhere (a Content-Security-Policy forbids them), readable offline and printable. It shows the slots with a
 * chart, red flags, interview questions for the reviewer, the candidate's next steps, the check matrix,
 * authenticity context and every repository's findings with evidence links.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final int EVIDENCE_PER_SLOT = 6;
    private static final int EVIDENCE_LINKS_PER_FINDING = 3;

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
        String subject = report.subject().kind().id() + " " + report.subject().id();
        html.append(HtmlPage.head("Portfolio audit: " + subject));
        header(report, html);
        slots(report, html);
        redFlags(report, html);
        interviewQuestions(report, html);
        nextSteps(report, html);
        matrix(report, html);
        authenticity(report, html);
        repositories(report, html);
        notAudited(report, html);
        html.append(HtmlPage.foot(report.tool().name() + " " + report.tool().version() + " · generated "
                + report.generatedAt() + " · evidence links point at the audited commit"));
        return html.toString();
    }

    private static void header(AuditReport report, StringBuilder html) {
        var portfolio = report.portfolio();
        int slots = Archetype.SLOTS.size();
        html.append("<header class=\"top\">\n<div class=\"title\"><p class=\"eyebrow\">Portfolio audit · ")
                .append(Html.escape(report.subject().kind().id())).append("</p>\n<h1>").append(Html.escape(report.subject().id()))
                .append("</h1>\n<p class=\"meta\">").append(MarkdownReportRenderer.count(report.repos().size(), "repository", "repositories"))
                .append(" audited");
        if (!report.errors().isEmpty()) {
            html.append(" · <span class=\"warn\">").append(report.errors().size()).append(" not audited</span>");
        }
        html.append(" · ").append(Html.escape(report.generatedAt().toString().substring(0, 10))).append("</p></div>\n");
        html.append("<section id=\"verdict\" class=\"verdict\" data-standard-met=\"").append(portfolio.standardMet())
                .append("\" data-score=\"").append(portfolio.score()).append("\">\n")
                .append(HtmlCharts.standardRing(portfolio.standardMet(), slots))
                .append("<div class=\"verdict-text\"><p class=\"headline\">Standard met <strong>").append(portfolio.standardMet())
                .append('/').append(slots).append("</strong></p><p class=\"score\"><span>Score <strong>").append(portfolio.score())
                .append("</strong>/100</span> ").append(HtmlCharts.meter(portfolio.score())).append("</p><p class=\"sentence\">")
                .append(Html.escape(portfolio.verdict())).append("</p></div>\n</section>\n</header>\n");
    }

    private static void slots(AuditReport report, StringBuilder html) {
        List<SlotView> slots = SlotView.of(report);
        html.append("<section class=\"panel\" id=\"slots\">\n<h2>The three projects</h2>\n<div class=\"chart\">")
                .append(HtmlCharts.slotBars(slots)).append("</div>\n<div class=\"slots\">\n");
        for (SlotView slot : slots) {
            String status = HtmlCharts.statusClass(slot.status());
            html.append("<article class=\"slot ").append(status).append("\" data-slot=\"").append(slot.slot().id()).append("\">\n<h3>")
                    .append(Html.escape(slot.title())).append(" <span class=\"pill ").append(status).append("\">")
                    .append(slot.status().label()).append("</span></h3>\n<p class=\"repo\">");
            if (slot.repo().isPresent()) {
                html.append(repoLink(slot.repo().get()));
            } else {
                html.append(slot.result().repo().map(Html::escape).orElse("<span class=\"muted\">No repository fills this slot.</span>"));
            }
            html.append("</p>\n<p class=\"fit\"><span>Fit <strong>").append(slot.result().score()).append("</strong>/100</span> ")
                    .append(HtmlCharts.meter(slot.result().score())).append("</p>\n");
            if (!slot.result().missing().isEmpty()) {
                html.append("<p class=\"missing\"><span>Missing:</span> ").append(Html.escape(String.join(", ", slot.result().missing()))).append("</p>\n");
            }
            List<Finding> evidence = slot.evidence();
            if (!evidence.isEmpty()) {
                html.append("<ul class=\"evidence\">\n");
                evidence.stream().limit(EVIDENCE_PER_SLOT).forEach(f -> html.append("<li>").append(findingText(f)).append("</li>\n"));
                html.append("</ul>\n");
                if (evidence.size() > EVIDENCE_PER_SLOT) {
                    html.append("<details><summary>").append(evidence.size() - EVIDENCE_PER_SLOT).append(" more</summary><ul class=\"evidence\">\n");
                    evidence.stream().skip(EVIDENCE_PER_SLOT).forEach(f -> html.append("<li>").append(findingText(f)).append("</li>\n"));
                    html.append("</ul></details>\n");
                }
            }
            html.append("</article>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private static void redFlags(AuditReport report, StringBuilder html) {
        List<RedFlag> flags = report.portfolio().redFlags();
        if (flags.isEmpty()) {
            return;
        }
        html.append("<section class=\"panel flags\" id=\"red-flags\">\n<h2>Red flags</h2>\n<ul>\n");
        flags.forEach(flag -> html.append("<li data-repo=\"").append(Html.escape(flag.repo())).append("\">")
                .append(Html.escape(flag.message())).append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }

    private void interviewQuestions(AuditReport report, StringBuilder html) {
        List<InterviewQuestions.Asked> asked = questions.ask(report);
        if (asked.isEmpty()) {
            return;
        }
        html.append("<section class=\"panel questions\" id=\"questions\">\n<h2>Interview questions <span class=\"aside\">for the reviewer, "
                + "from the evidence</span></h2>\n<ol>\n");
        for (InterviewQuestions.Asked q : asked) {
            html.append("<li><p>").append(Html.escape(q.text())).append("</p>");
            q.evidence().ifPresent(e -> html.append("<p class=\"cite\">").append(Html.escape(q.repo())).append(": ")
                    .append(evidenceLink(e)).append("</p>"));
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    private static void nextSteps(AuditReport report, StringBuilder html) {
        List<NextStep> steps = report.portfolio().nextSteps();
        if (steps.isEmpty()) {
            return;
        }
        html.append("<section class=\"panel\" id=\"next-steps\">\n<h2>Next steps <span class=\"aside\">for the candidate, by impact on the score</span></h2>\n")
                .append("<table class=\"steps\"><thead><tr><th class=\"num\">Impact</th><th>Repository</th><th>Action</th></tr></thead><tbody>\n");
        for (NextStep step : steps) {
            html.append("<tr><td class=\"num\">+").append(step.impact()).append("</td><td>").append(Html.escape(step.repo()))
                    .append("</td><td>").append(Html.escape(step.action())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    private static void matrix(AuditReport report, StringBuilder html) {
        html.append("<section class=\"panel\" id=\"matrix-section\">\n<h2>Check matrix</h2>\n<div class=\"scroll\"><table id=\"matrix\" class=\"matrix\">\n<thead><tr><th>Repository</th><th class=\"num\">Score</th>");
        CheckMatrix matrix = CheckMatrix.of(report);
        matrix.columns().forEach(c -> html.append("<th title=\"").append(Html.escape(c.meaning())).append("\">").append(Html.escape(c.header())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ScoredRepo repo : report.repos()) {
            html.append("<tr data-repo=\"").append(Html.escape(repo.id())).append("\"><th scope=\"row\">").append(repoLink(repo))
                    .append(repoTags(repo)).append("</th><td class=\"num\">").append(repo.score()).append("</td>");
            for (CheckMatrix.Column column : matrix.columns()) {
                boolean passes = column.passes(repo);
                String title = column.header() + ": " + (passes ? "yes" : "no") + column.detail(repo).map(d -> " (" + d + ")").orElse("");
                html.append("<td class=\"cell ").append(passes ? "y" : "n").append("\" title=\"").append(Html.escape(title))
                        .append("\"><span aria-label=\"").append(passes ? "yes" : "no").append("\">").append(passes ? "✓" : "✗").append("</span>");
                column.detail(repo).ifPresent(d -> html.append("<small>").append(Html.escape(d)).append("</small>"));
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        if (report.repos().isEmpty()) {
            html.append("<tr><td colspan=\"").append(matrix.size() + 2).append("\" class=\"muted\">No repository was audited.</td></tr>\n");
        }
        html.append("</tbody></table></div>\n<p class=\"legend\">")
                .append(matrix.columns().stream().map(c -> "<b>" + Html.escape(c.header()) + "</b> " + Html.escape(c.meaning()))
                        .collect(Collectors.joining(" · ")))
                .append("</p>\n</section>\n");
    }

    private static void authenticity(AuditReport report, StringBuilder html) {
        AuthenticityContext context = AuthenticityContext.of(report);
        html.append("<section class=\"panel\" id=\"authenticity\">\n<h2>Authenticity context <span class=\"aside\">facts to weigh, not a verdict</span></h2>\n<ul class=\"notes\">\n");
        context.observations().forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>\n"));
        html.append("</ul>\n");
        HtmlCharts.timeline(report.repos(), report.generatedAt()).ifPresent(svg -> html.append("<div class=\"chart\">").append(svg)
                .append("<p class=\"legend\"><span class=\"dot created\"></span> created <span class=\"dot pushed\"></span> last push</p></div>\n"));
        html.append("<div class=\"scroll\"><table class=\"dates\"><thead><tr><th>Repository</th><th class=\"num\">Age</th><th class=\"num\">Last push</th><th>Fork</th><th>Archived</th></tr></thead><tbody>\n");
        for (AuthenticityContext.RepoDates dates : context.repos()) {
            html.append("<tr><td>").append(Html.escape(dates.repo())).append("</td><td class=\"num\">")
                    .append(dates.ageDays().map(d -> d + " days").orElse("—")).append("</td><td class=\"num\">")
                    .append(dates.lastPushDays().map(d -> d == 0 ? "today" : d + " days ago").orElse("—")).append("</td><td>")
                    .append(dates.fork() ? "fork" : "—").append("</td><td>").append(dates.archived() ? "archived" : "—").append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    private static void repositories(AuditReport report, StringBuilder html) {
        if (report.repos().isEmpty()) {
            return;
        }
        html.append("<section class=\"panel\" id=\"repositories\">\n<h2>Findings by repository</h2>\n");
        for (ScoredRepo repo : report.repos()) {
            List<Finding> findings = repo.assessment().findings();
            long open = findings.stream().filter(f -> f.is(Outcome.FAIL) || f.is(Outcome.UNKNOWN)).count();
            String archetypes = repo.assessment().archetypes().stream().map(Archetype::id).collect(Collectors.joining(", "));
            html.append("<details class=\"repo-details\"><summary><span class=\"name\">").append(Html.escape(repo.id()))
                    .append("</span> <span class=\"muted\">").append(Html.escape(archetypes)).append("</span> <span class=\"count\">score ")
                    .append(repo.score()).append(" · ").append(open).append(" to look at</span></summary>\n");
            repo.assessment().metadata().description().ifPresent(d -> html.append("<p class=\"description\">").append(Html.escape(d)).append("</p>\n"));
            html.append("<table class=\"findings\"><thead><tr><th>Outcome</th><th>Rule</th><th>Finding</th></tr></thead><tbody>\n");
            for (Finding finding : findings) {
                html.append("<tr class=\"").append(finding.outcome().id()).append("\"><td><span class=\"pill ").append(finding.outcome().id())
                        .append("\">").append(finding.outcome().id().replace('_', ' ')).append("</span></td><td><code>")
                        .append(Html.escape(finding.rule())).append("</code></td><td>").append(findingText(finding));
                if (!finding.is(Outcome.PASS)) {
                    finding.remediation().ifPresent(fix -> html.append("<p class=\"fix\">").append(Html.escape(fix)).append("</p>"));
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody></table>\n</details>\n");
        }
        html.append("</section>\n");
    }

    private static void notAudited(AuditReport report, StringBuilder html) {
        if (report.errors().isEmpty() && report.skipped().isEmpty()) {
            return;
        }
        html.append("<section class=\"panel\" id=\"not-audited\">\n");
        if (!report.errors().isEmpty()) {
            html.append("<h2>Not audited</h2>\n<ul>\n");
            for (RepoError error : report.errors()) {
                html.append("<li><code>").append(Html.escape(error.repo())).append("</code> ").append(Html.escape(error.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!report.skipped().isEmpty()) {
            html.append("<h2>Skipped</h2>\n<ul>\n");
            for (PortfolioSource.Skipped skip : report.skipped()) {
                html.append("<li><code>").append(Html.escape(skip.repo())).append("</code> ").append(Html.escape(skip.reason())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String findingText(Finding finding) {
        StringBuilder html = new StringBuilder(Html.escape(finding.message()));
        List<Evidence> evidence = finding.evidence().stream().filter(e -> !".".equals(e.path().orElse(""))).toList();
        if (!evidence.isEmpty()) {
            html.append("<span class=\"links\">");
            evidence.stream().limit(EVIDENCE_LINKS_PER_FINDING).forEach(e -> {
                html.append(evidenceLink(e));
                e.snippet().ifPresent(s -> html.append(" <code class=\"snippet\">").append(Html.escape(s)).append("</code>"));
            });
            if (evidence.size() > EVIDENCE_LINKS_PER_FINDING) {
                html.append("<span class=\"muted\">and ").append(evidence.size() - EVIDENCE_LINKS_PER_FINDING).append(" more</span>");
            }
            html.append("</span>");
        }
        return html.toString();
    }

    private static String evidenceLink(Evidence evidence) {
        return Html.link(SlotView.where(evidence), evidence.url());
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
}
