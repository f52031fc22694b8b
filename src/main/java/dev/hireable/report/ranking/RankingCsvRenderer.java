package dev.hireable.report.ranking;

import dev.hireable.rules.Archetype;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking as CSV (RFC 4180, UTF-8, CRLF) for spreadsheets: one row per candidate, ranked ones first. A value
 * a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class RankingCsvRenderer implements RankingRenderer {

    @Override
    public void render(Ranking ranking, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("rank", "login", "status", "standard_met", "score"));
        Archetype.SLOTS.forEach(slot -> header.add(slot.id()));
        header.addAll(List.of("red_flags", "repositories", "repositories_not_audited", "report", "note"));
        StringBuilder csv = new StringBuilder();
        row(csv, header);
        int rank = 0;
        for (RankingEntry entry : ranking.entries()) {
            rank++;
            List<String> row = new ArrayList<>(List.of(
                    String.valueOf(rank),
                    entry.login(),
                    entry.partial() ? "partial" : "audited",
                    String.valueOf(entry.standardMet()),
                    String.valueOf(entry.score())));
            for (Archetype slot : Archetype.SLOTS) {
                row.add(entry.slot(slot)
                        .map(repo -> repo + (entry.meets(slot) ? "" : " (not met)"))
                        .orElse(""));
            }
            row.addAll(List.of(
                    String.join("; ", entry.redFlags()),
                    String.valueOf(entry.repos()),
                    String.valueOf(entry.notAudited()),
                    entry.reportFile(),
                    entry.verdict()));
            row(csv, row);
        }
        for (Ranking.Unranked unranked : ranking.unranked()) {
            List<String> row = new ArrayList<>(List.of("", unranked.candidate(), "not audited", "", ""));
            Archetype.SLOTS.forEach(slot -> row.add(""));
            row.addAll(List.of("", "", "", "", "line " + unranked.line() + ": " + unranked.reason()));
            row(csv, row);
        }
        out.write(csv.toString());
        out.flush();
    }

    @Override
    public String extension() {
        return "csv";
    }

    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
