package dev.hireable.report;

import dev.hireable.standard.SlotResult;

import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.ScoredRepo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The inline SVG charts of the HTML report: no script, no external file, readable without colour. */
final class HtmlCharts {

    private static final int TIMELINE_ROWS = 40;

    private HtmlCharts() {
    }

    /** Scores from here up read as good, green. */
    static final int GOOD = 70;
    /** Scores from here up read as fair, amber; below, poor, red. */
    static final int FAIR = 40;

    /** The colour class of a 0-100 score: the whole gauge takes it, as Lighthouse colours its gauges. */
    static String level(int score) {
        return score >= GOOD ? "met" : score >= FAIR ? "partial" : "empty";
    }

    /** A ring filled to the score, coloured by its level, with the score in the middle. */
    static String scoreGauge(int score) {
        int clamped = Math.max(0, Math.min(100, score));
        double radius = 52;
        double circumference = 2 * Math.PI * radius;
        double filled = circumference * clamped / 100;
        return String.format(Locale.ROOT, "<svg class=\"gauge %s\" viewBox=\"0 0 132 132\" width=\"120\" height=\"120\" role=\"img\" "
                        + "aria-label=\"score %d of 100\"><circle cx=\"66\" cy=\"66\" r=\"52\" class=\"gauge-track\"/>"
                        + "<circle cx=\"66\" cy=\"66\" r=\"52\" class=\"gauge-arc\" stroke-dasharray=\"%.2f %.2f\" "
                        + "transform=\"rotate(-90 66 66)\"/><text x=\"66\" y=\"74\" class=\"gauge-value\" text-anchor=\"middle\">%d</text>"
                        + "<text x=\"66\" y=\"94\" class=\"gauge-label\" text-anchor=\"middle\">score</text></svg>",
                level(clamped), clamped, filled, circumference - filled, clamped);
    }

    /** One pip per slot, filled when the slot is met, named for a screen reader. */
    static String slotPips(List<SlotResult> slots) {
        StringBuilder pips = new StringBuilder("<span class=\"pips\">");
        for (SlotResult slot : slots) {
            String status = statusClass(slot.status());
            pips.append("<span class=\"pip ").append(status).append("\" title=\"").append(Html.escape(slot.title() + ": "
                    + slot.status().label())).append("\"></span>");
        }
        return pips.append("</span>").toString();
    }

    /** A 0-100 score as a small horizontal meter, coloured by its level. */
    static String meter(int score) {
        int clamped = Math.max(0, Math.min(100, score));
        return "<svg class=\"meter\" viewBox=\"0 0 100 8\" width=\"100\" height=\"8\" aria-hidden=\"true\"><rect width=\"100\" height=\"8\" rx=\"4\" class=\"bar-track\"/>"
                + "<rect width=\"" + clamped + "\" height=\"8\" rx=\"4\" class=\"bar " + level(clamped) + "\"/></svg>";
    }

    /**
     * Each repository's life from creation to last push, on one time axis ending at the audit, so a portfolio
     * created or pushed all at once stands out.
     */
    static Optional<String> timeline(List<ScoredRepo> repos, Instant generatedAt) {
        List<ScoredRepo> dated = repos.stream().filter(r -> r.assessment().metadata().createdAt().isPresent()).limit(TIMELINE_ROWS).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        Instant start = dated.stream().map(r -> r.assessment().metadata().createdAt().orElseThrow()).min(Instant::compareTo).orElseThrow();
        Instant end = generatedAt.isAfter(start) ? generatedAt : start.plus(Duration.ofDays(1));
        double span = Math.max(1, Duration.between(start, end).toSeconds());
        int left = 190;
        int width = 360;
        int rowHeight = 18;
        int height = dated.size() * rowHeight + 26;
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 560 ").append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"repository lifetimes from creation to last push\">");
        int firstYear = start.atZone(ZoneOffset.UTC).getYear();
        int lastYear = end.atZone(ZoneOffset.UTC).getYear();
        int step = Math.max(1, (lastYear - firstYear + 1) / 6);
        for (int year = firstYear + 1; year <= lastYear; year += step) {
            Instant jan1 = java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            double x = left + width * Duration.between(start, jan1).toSeconds() / span;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" class=\"grid\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%d</text>", x, x, height - 16, x, height - 3, year));
        }
        for (int i = 0; i < dated.size(); i++) {
            RepoMetadata metadata = dated.get(i).assessment().metadata();
            double from = left + width * Duration.between(start, metadata.createdAt().orElseThrow()).toSeconds() / span;
            double to = metadata.pushedAt().map(p -> left + width * Duration.between(start, p).toSeconds() / span).orElse(from);
            int y = 6 + i * rowHeight;
            svg.append("<text x=\"0\" y=\"").append(y + 10).append("\" class=\"bar-label small\">").append(Html.escape(shorten(metadata.id(), 28))).append("</text>");
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"life\"/>", from, Math.max(from + 2, to), y + 6, y + 6));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" class=\"created\"/><circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" class=\"pushed\"/>",
                    from, y + 6, Math.max(from + 2, to), y + 6));
        }
        return Optional.of(svg.append("</svg>").toString());
    }

    static String statusClass(SlotResult.Status status) {
        return switch (status) {
            case MET -> "met";
            case PARTIAL -> "partial";
            case EMPTY -> "empty";
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
