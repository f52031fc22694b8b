package dev.hireable.report.compare;

import dev.hireable.report.Html;
import dev.hireable.report.HtmlPage;
import java.util.List;

/** The comparison as a self-contained page in the HTML report's style: the headline card, the slots, the repositories. */
public final class ComparisonHtmlRenderer implements ComparisonRenderer {

    @Override
    public String render(ReportComparison comparison) {
        String level = comparison.regressed()
                ? "empty"
                : comparison.completed().isEmpty() && comparison.scoreDelta() == 0 ? "partial" : "met";
        StringBuilder html = new StringBuilder(
                HtmlPage.head("Portfolio change: " + comparison.after().subject()));
        html.append("<header class=\"top\">\n<p class=\"eyebrow\">Portfolio change</p>\n<h1>")
                .append(Html.escape(comparison.after().subject()))
                .append("</h1>\n<p class=\"meta\">")
                .append(Html.escape(comparison.before().generatedAt()))
                .append(" → ")
                .append(Html.escape(comparison.after().generatedAt()))
                .append("</p>\n</header>\n<section id=\"verdict\" class=\"verdict ")
                .append(level)
                .append("\" data-score-delta=\"")
                .append(comparison.scoreDelta())
                .append("\">\n<div class=\"verdict-text\"><p class=\"headline\">")
                .append(Html.escape(comparison.headline()))
                .append("</p></div>\n</section>\n");
        html.append(
                "<section class=\"panel\" id=\"slots\">\n<h2>Slots</h2>\n<table>\n<thead><tr><th>Slot</th><th>Change</th><th>Now</th></tr></thead><tbody>\n");
        for (ReportComparison.SlotChange slot : comparison.slots()) {
            String pill = ComparisonRenderer.mark(slot.kind(), "met", "empty", "neutral");
            html.append("<tr data-slot=\"")
                    .append(Html.escape(slot.id()))
                    .append("\"><th scope=\"row\">")
                    .append(Html.escape(slot.title()))
                    .append("</th><td><span class=\"pill ")
                    .append(pill)
                    .append("\">")
                    .append(ComparisonRenderer.label(slot.kind()))
                    .append("</span></td><td>")
                    .append(Html.escape(slot.describe()))
                    .append("</td></tr>\n");
        }
        html.append(
                "</tbody></table>\n</section>\n<section class=\"panel\" id=\"repositories\">\n<h2>Repositories</h2>\n");
        List<ReportComparison.RepoChange> changed = comparison.changedRepos();
        if (changed.isEmpty()) {
            html.append("<p class=\"muted\">No repository changed.</p>\n");
        }
        for (ReportComparison.RepoChange repo : changed) {
            html.append("<article class=\"repo-change\" data-repo=\"")
                    .append(Html.escape(repo.repo()))
                    .append("\">\n<h3>")
                    .append(Html.escape(repo.repo()))
                    .append(" <span class=\"aside\">")
                    .append(Html.escape(repo.score()))
                    .append("</span></h3>\n");
            if (!repo.newFailures().isEmpty() || !repo.fixed().isEmpty()) {
                html.append("<ul class=\"findings\">\n");
                repo.newFailures().forEach(c -> html.append(item("fail", "new failure", c)));
                repo.fixed().forEach(c -> html.append(item("pass", "fixed", c)));
                html.append("</ul>\n");
            }
            html.append("</article>\n");
        }
        html.append("</section>\n");
        return html.append(HtmlPage.foot(
                        "hireable compare · " + comparison.before().generatedAt() + " → "
                                + comparison.after().generatedAt()))
                .toString();
    }

    private static String item(String outcome, String label, ReportSummary.Check check) {
        return "<li class=\"" + outcome + "\"><span class=\"pill " + outcome + "\">" + label + "</span> "
                + Html.escape(check.message()) + " <code class=\"rule\">" + Html.escape(check.rule())
                + "</code></li>\n";
    }
}
