package dev.hireable.report.ranking;

import dev.hireable.report.Html;
import dev.hireable.report.HtmlPage;
import dev.hireable.rules.Archetype;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The ranking as one self-contained HTML page: a chart of slots met across candidates, then the ranked table, each
 * candidate linked to their report. A click on a column heading sorts the table by it (again: the other way), with a
 * few lines of inline script that the page's Content-Security-Policy allows by its hash and nothing else; without
 * script the table stays in rank order.
 */
public final class RankingHtmlRenderer implements RankingRenderer {

    /** Sorts #ranking by a heading's column, by each cell's data-key, numbers as numbers. */
    static final String SORT_SCRIPT = """
            document.addEventListener('DOMContentLoaded', function () {
              var table = document.getElementById('ranking');
              if (!table) { return; }
              var headings = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(headings, function (heading, column) {
                if (!heading.hasAttribute('data-sort')) { return; }
                var button = document.createElement('button');
                button.type = 'button';
                button.textContent = heading.textContent;
                heading.textContent = '';
                heading.appendChild(button);
                button.addEventListener('click', function () {
                  var ascending = heading.getAttribute('aria-sort') !== 'ascending';
                  Array.prototype.forEach.call(headings, function (other) { other.removeAttribute('aria-sort'); });
                  heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                  var numeric = heading.getAttribute('data-sort') === 'number';
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column].getAttribute('data-key'), y = b.cells[column].getAttribute('data-key');
                    var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                    return ascending ? order : -order;
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
            });
            """;

    @Override
    public void render(Ranking ranking, Writer out) throws IOException {
        StringBuilder html =
                new StringBuilder(HtmlPage.head("Candidates ranked: " + ranking.source(), Optional.of(SORT_SCRIPT)));
        html.append(
                        "<header class=\"top\"><div class=\"title\"><p class=\"eyebrow\">Batch audit</p><h1>Candidates ranked</h1><p class=\"meta\">")
                .append(ranking.entries().size())
                .append(" ranked from <code>")
                .append(Html.escape(ranking.source()))
                .append("</code> by slots met, then score; click a heading to sort by it</p></div></header>\n");
        if (!ranking.complete()) {
            html.append(
                    "<section class=\"panel flags\"><p>The batch is not finished: rerun the same command to audit the rest.</p></section>\n");
        }
        html.append("<section class=\"panel\"><h2>Standard met across candidates</h2><div class=\"chart\">")
                .append(distribution(ranking))
                .append("</div></section>\n");
        html.append(
                "<section class=\"panel\"><h2>Ranking</h2><div class=\"scroll\"><table id=\"ranking\" class=\"matrix ranking\"><thead><tr>"
                        + "<th class=\"num\" data-sort=\"number\">#</th><th data-sort=\"text\">Candidate</th>"
                        + "<th class=\"num\" data-sort=\"number\">Standard met</th><th class=\"num\" data-sort=\"number\">Score</th>");
        Archetype.SLOTS.forEach(slot -> html.append("<th data-sort=\"number\">")
                .append(Html.escape(ranking.slotTitle(slot)))
                .append("</th>"));
        html.append("<th data-sort=\"number\">Red flags</th></tr></thead><tbody>\n");
        int rank = 0;
        for (RankingEntry entry : ranking.entries()) {
            rank++;
            html.append("<tr data-login=\"")
                    .append(Html.escape(entry.login()))
                    .append("\"><td class=\"num\" data-key=\"")
                    .append(rank)
                    .append("\">")
                    .append(rank)
                    .append("</td><th scope=\"row\" data-key=\"")
                    .append(Html.escape(entry.login().toLowerCase(Locale.ROOT)))
                    .append("\">")
                    .append(Html.localLink(entry.login(), entry.reportFile()));
            if (entry.partial()) {
                html.append(" <span class=\"tag\">partial</span>");
            }
            html.append("</th><td class=\"num\" data-key=\"")
                    .append(entry.standardMet())
                    .append("\">")
                    .append(entry.standardMet())
                    .append('/')
                    .append(Archetype.SLOTS.size())
                    .append("</td><td class=\"num\" data-key=\"")
                    .append(entry.score())
                    .append("\">")
                    .append(entry.score())
                    .append("</td>");
            for (Archetype slot : Archetype.SLOTS) {
                int standing = entry.meets(slot) ? 2 : entry.slot(slot).isPresent() ? 1 : 0;
                html.append("<td data-key=\"")
                        .append(standing)
                        .append("\">")
                        .append(entry.slot(slot)
                                .map(repo -> "<span class=\"pill " + (entry.meets(slot) ? "met" : "partial")
                                        + "\">" + (entry.meets(slot) ? "met" : "partly")
                                        + "</span> <span class=\"repo-name\">"
                                        + Html.escape(withoutOwner(repo, entry.login())) + "</span>")
                                .orElse("<span class=\"muted\">—</span>"))
                        .append("</td>");
            }
            html.append("<td data-key=\"").append(entry.redFlags().size()).append("\">");
            if (entry.redFlags().isEmpty()) {
                html.append("<span class=\"muted\">—</span>");
            } else {
                html.append("<ul class=\"red-flags\">");
                entry.redFlags()
                        .forEach(flag -> html.append("<li>")
                                .append(Html.escape(withoutOwner(flag, entry.login())))
                                .append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div></section>\n");
        if (!ranking.unranked().isEmpty()) {
            html.append("<section class=\"panel\" id=\"not-ranked\"><h2>Not ranked</h2><ul>\n");
            for (Ranking.Unranked unranked : ranking.unranked()) {
                html.append("<li>line ")
                        .append(unranked.line())
                        .append(": <code>")
                        .append(Html.escape(unranked.candidate()))
                        .append("</code> ")
                        .append(Html.escape(unranked.reason()))
                        .append("</li>\n");
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

    /** Bars, in HTML so their labels keep the page's text size: how many candidates meet the standard for 3, 2, 1 and 0 slots. */
    private static String distribution(Ranking ranking) {
        int slots = Archetype.SLOTS.size();
        int[] counts = new int[slots + 1];
        ranking.entries().forEach(e -> counts[Math.max(0, Math.min(slots, e.standardMet()))]++);
        int max = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        StringBuilder html =
                new StringBuilder("<div class=\"distribution\" role=\"img\" aria-label=\"candidates by slots met\">");
        for (int met = slots; met >= 0; met--) {
            String level = met == slots ? "met" : met > 0 ? "partial" : "empty";
            html.append("<span>")
                    .append(met)
                    .append('/')
                    .append(slots)
                    .append(" met</span> <span class=\"dist-track\"><span class=\"dist-bar ")
                    .append(level)
                    .append("\" style=\"width:")
                    .append(counts[met] * 100 / max)
                    .append("%\"></span></span> <span>")
                    .append(counts[met])
                    .append("</span>\n");
        }
        return html.append("</div>").toString();
    }
}
