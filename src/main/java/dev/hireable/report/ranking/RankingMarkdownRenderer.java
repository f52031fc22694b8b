package dev.hireable.report.ranking;

import dev.hireable.report.MarkdownText;
import dev.hireable.rules.Archetype;
import java.io.IOException;
import java.io.Writer;

/** The ranking as a Markdown table, best candidate first, with the candidates that could not be ranked. */
public final class RankingMarkdownRenderer implements RankingRenderer {

    @Override
    public void render(Ranking ranking, Writer out) throws IOException {
        StringBuilder md = new StringBuilder("## Candidates ranked\n\n");
        md.append(ranking.entries().size())
                .append(" ranked from ")
                .append(MarkdownText.code(ranking.source()))
                .append(" by slots met, then score.");
        if (!ranking.complete()) {
            md.append(" **The batch is not finished: rerun the same command to audit the rest.**");
        }
        md.append("\n\n| # | Candidate | Standard met | Score |");
        Archetype.SLOTS.forEach(
                slot -> md.append(' ').append(ranking.slotTitle(slot)).append(" |"));
        md.append(" Red flags |\n|---:|---|---:|---:|")
                .append("---|".repeat(Archetype.SLOTS.size()))
                .append("---|\n");
        int rank = 0;
        for (RankingEntry entry : ranking.entries()) {
            rank++;
            md.append("| ")
                    .append(rank)
                    .append(" | ")
                    .append(MarkdownText.localLink(entry.login(), entry.reportFile()))
                    .append(entry.partial() ? " ⚠️ partial" : "")
                    .append(" | ")
                    .append(entry.standardMet())
                    .append("/")
                    .append(Archetype.SLOTS.size())
                    .append(" | ")
                    .append(entry.score())
                    .append(" |");
            for (Archetype slot : Archetype.SLOTS) {
                md.append(' ')
                        .append(entry.slot(slot)
                                .map(repo -> (entry.meets(slot) ? "✅ " : "🟡 ") + MarkdownText.escape(repo))
                                .orElse("—"))
                        .append(" |");
            }
            md.append(' ')
                    .append(
                            entry.redFlags().isEmpty()
                                    ? "—"
                                    : "🚩 " + MarkdownText.escape(String.join("; ", entry.redFlags())))
                    .append(" |\n");
        }
        if (!ranking.unranked().isEmpty()) {
            md.append("\n### Not ranked\n\n");
            for (Ranking.Unranked unranked : ranking.unranked()) {
                md.append("- line ")
                        .append(unranked.line())
                        .append(": ")
                        .append(MarkdownText.code(unranked.candidate()))
                        .append(": ")
                        .append(MarkdownText.escape(unranked.reason()))
                        .append('\n');
            }
        }
        md.append("\n<sub>generated ").append(ranking.generatedAt()).append("</sub>\n");
        out.write(md.toString());
        out.flush();
    }

    @Override
    public String extension() {
        return "md";
    }
}
