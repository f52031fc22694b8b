package dev.hireable.report.ranking;

import dev.hireable.report.Html;
import dev.hireable.report.HtmlPage;
import dev.hireable.rules.Archetype;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The ranking as one self-contained HTML page: a chart of slots met across candidates, then the ranked table. */
public final class RankingHtmlRenderer implements RankingRenderer {

    @Override
    public void render(Ranking ranking, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(HtmlPage.head("Candidates ranked: " + ranking.source()));
        html.append("<header class=\"top\"><div class=\"title\"><p class=\"eyebrow\">Batch audit</p><h1>Candidates ranked</h1><p class=\"meta\">")
                .append(ranking.entries().size()).append(" ranked from <code>").append(Html.escape(ranking.source()))
                .append("</code> by slots met, then score</p></div></header>\n");
        if (!ranking.complete()) {
            html.append("<section class=\"panel flags\"><p>The batch is not finished: rerun the same command to audit the rest.</p></section>\n");
        }
        html.append("<section class=\"panel\"><h2>Standard met across candidates</h2><div class=\"chart\">").append(distribution(ranking))
                .append("</div></section>\n");
        html.append("<section class=\"panel\"><h2>Ranking</h2><div class=\"scroll\"><table id=\"ranking\" class=\"matrix\"><thead><tr>"
                + "<th class=\"num\">#</th><th>Candidate</th><th class=\"num\">Standard met</th><th class=\"num\">Score</th>");
        Archetype.SLOTS.forEach(slot -> html.append("<th>").append(Html.escape(ranking.slotTitle(slot))).append("</th>"));
        html.append("<th>Red flags</th></tr></thead><tbody>\n");
        int rank = 0;
        for (RankingEntry entry : ranking.entries()) {
            rank++;
            html.append("<tr data-login=\"").append(Html.escape(entry.login())).append("\"><td class=\"num\">").append(rank)
                    .append("</td><th scope=\"row\">").append(Html.localLink(entry.login(), entry.reportFile()));
            if (entry.partial()) {
                html.append(" <span class=\"tag\">partial</span>");
            }
            html.append("</th><td class=\"num\">").append(entry.standardMet()).append('/').append(Archetype.SLOTS.size())
                    .append("</td><td class=\"num\">").append(entry.score()).append("</td>");
            for (Archetype slot : Archetype.SLOTS) {
                html.append("<td>").append(entry.slot(slot).map(repo -> "<span class=\"pill " + (entry.meets(slot) ? "met" : "partial")
                        + "\">" + (entry.meets(slot) ? "met" : "partly") + "</span> <span class=\"repo-name\">"
                        + Html.escape(withoutOwner(repo, entry.login())) + "</span>").orElse("<span class=\"muted\">—</span>"))
                        .append("</td>");
            }
            html.append("<td>");
            if (entry.redFlags().isEmpty()) {
                html.append("<span class=\"muted\">—</span>");
            } else {
                html.append("<ul class=\"red-flags\">");
                entry.redFlags().forEach(flag -> html.append("<li>").append(Html.escape(withoutOwner(flag, entry.login()))).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div></section>\n");
        if (!ranking.unranked().isEmpty()) {
            html.append("<section class=\"panel\" id=\"not-ranked\"><h2>Not ranked</h2><ul>\n");
            for (Ranking.Unranked unranked : ranking.unranked()) {
                html.append("<li>line ").append(unranked.line()).append(": <code>").append(Html.escape(unranked.candidate()))
                        .append("</code> ").append(Html.escape(unranked.reason())).append("</li>\n");
            }
            html.append("</ul></section>\n");
        }
        html.append(HtmlPage.foot("generated " + ranking.generatedAt()));
        out.write(html.toString());
        out.flush();
    }

    @Override
    public String extension() {
        return "html";
    }

    /** {@code login/repo} shortened to {@code repo} in the candidate's own row; other owners are kept. */
    private static String withoutOwner(String text, String login) {
        String prefix = login + "/";
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()) : text;
    }

    /** Bars: how many candidates meet the standard for 0, 1, 2 and 3 slots. */
    private static String distribution(Ranking ranking) {
        int slots = Archetype.SLOTS.size();
        int[] counts = new int[slots + 1];
        ranking.entries().forEach(e -> counts[Math.max(0, Math.min(slots, e.standardMet()))]++);
        int max = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg class=\"bars\" viewBox=\"0 0 560 ").append((slots + 1) * 30 + 8)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"candidates by slots met\">");
        for (int met = slots; met >= 0; met--) {
            int y = 4 + (slots - met) * 30;
            int width = counts[met] * 330 / max;
            String level = met == slots ? "met" : met > 0 ? "partial" : "empty";
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\" class=\"bar-label\">").append(met).append('/').append(slots)
                    .append(" met</text><rect x=\"190\" y=\"").append(y + 2).append("\" width=\"330\" height=\"20\" rx=\"4\" class=\"bar-track\"/>")
                    .append(String.format(Locale.ROOT, "<rect x=\"190\" y=\"%d\" width=\"%d\" height=\"20\" rx=\"4\" class=\"bar %s\"/>", y + 2, width, level))
                    .append("<text x=\"").append(196 + width).append("\" y=\"").append(y + 17).append("\" class=\"bar-value\">")
                    .append(counts[met]).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
