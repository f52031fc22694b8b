package dev.hireable.report;

import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The charts of the HTML report, inline SVG and HTML: no script, no external file, readable without colour. */
final class HtmlCharts {

    private static final int TIMELINE_ROWS = 40;

    private HtmlCharts() {}

    /** Scores from here up read as good, green. */
    static final int GOOD = 70;
    /** Scores from here up read as fair, amber; below, poor, red. */
    static final int FAIR = 40;

    /** The colour class of a 0-100 score: the whole gauge takes it, as Lighthouse colours its gauges. */
    static String level(int score) {
        return score >= GOOD ? "met" : score >= FAIR ? "partial" : "empty";
    }

    /** A ring filled to the score, coloured by its level, with the score in the middle (the words beside it say what it is). */
    static String scoreGauge(int score) {
        int clamped = Math.max(0, Math.min(100, score));
        double radius = 52;
        double circumference = 2 * Math.PI * radius;
        double filled = circumference * clamped / 100;
        return String.format(
                Locale.ROOT,
                "<svg class=\"gauge %s\" viewBox=\"0 0 132 132\" width=\"120\" height=\"120\" role=\"img\" "
                        + "aria-label=\"score %d of 100\"><circle cx=\"66\" cy=\"66\" r=\"52\" class=\"gauge-track\"/>"
                        + "<circle cx=\"66\" cy=\"66\" r=\"52\" class=\"gauge-arc\" stroke-dasharray=\"%.2f %.2f\" "
                        + "transform=\"rotate(-90 66 66)\"/><text x=\"66\" y=\"79\" class=\"gauge-value\" text-anchor=\"middle\">%d</text></svg>",
                level(clamped),
                clamped,
                filled,
                circumference - filled,
                clamped);
    }

    /** One pip per slot, filled when the slot is met, named for a screen reader. */
    static String slotPips(List<SlotResult> slots) {
        StringBuilder pips = new StringBuilder("<span class=\"pips\">");
        for (SlotResult slot : slots) {
            String status = statusClass(slot.status());
            pips.append("<span class=\"pip ")
                    .append(status)
                    .append("\" title=\"")
                    .append(Html.escape(slot.title() + ": " + slot.status().label()))
                    .append("\"></span>");
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
     * created or pushed all at once stands out. HTML, not SVG, so its labels keep the page's text size on a phone,
     * where each name moves above its bar.
     */
    static Optional<String> timeline(List<ScoredRepo> repos, Instant generatedAt) {
        List<RepoMetadata> dated = repos.stream()
                .map(r -> r.assessment().metadata())
                .filter(m -> m.createdAt().isPresent())
                .limit(TIMELINE_ROWS)
                .toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        Instant start = dated.stream()
                .map(m -> m.createdAt().orElseThrow())
                .min(Instant::compareTo)
                .orElseThrow();
        Instant end = generatedAt.isAfter(start) ? generatedAt : start.plus(Duration.ofDays(1));
        double span = Math.max(1, Duration.between(start, end).toSeconds());
        StringBuilder ticks = new StringBuilder();
        StringBuilder years = new StringBuilder();
        int firstYear = start.atZone(ZoneOffset.UTC).getYear();
        int lastYear = end.atZone(ZoneOffset.UTC).getYear();
        int step = Math.max(1, (lastYear - firstYear + 1) / 6);
        for (int year = firstYear + 1; year <= lastYear; year += step) {
            String left = percent(Duration.between(
                                    start,
                                    LocalDate.of(year, 1, 1)
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant())
                            .toSeconds()
                    / span);
            ticks.append("<span class=\"tl-grid\" style=\"left:").append(left).append("\"></span>");
            years.append("<span class=\"tl-year\" style=\"left:")
                    .append(left)
                    .append("\">")
                    .append(year)
                    .append("</span>");
        }
        StringBuilder html = new StringBuilder(
                "<div class=\"timeline\" role=\"img\" aria-label=\"repository lifetimes from creation to last push\">");
        for (RepoMetadata metadata : dated) {
            double from =
                    Duration.between(start, metadata.createdAt().orElseThrow()).toSeconds() / span;
            double to = metadata.pushedAt()
                    .map(p -> Duration.between(start, p).toSeconds() / span)
                    .orElse(from);
            html.append("<span class=\"tl-label\">")
                    .append(Html.escape(metadata.id()))
                    .append("</span><span class=\"tl-track\">")
                    .append(ticks)
                    .append("<span class=\"tl-life\" style=\"left:")
                    .append(percent(from))
                    .append(";width:")
                    .append(percent(Math.max(0, to - from)))
                    .append("\"></span><span class=\"tl-dot created\" style=\"left:")
                    .append(percent(from))
                    .append("\"></span><span class=\"tl-dot pushed\" style=\"left:")
                    .append(percent(Math.max(from, to)))
                    .append("\"></span></span>");
        }
        html.append("<span class=\"tl-label\"></span><span class=\"tl-axis\">")
                .append(years)
                .append("</span></div>");
        return Optional.of(html.toString());
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * Math.max(0, Math.min(1, fraction)));
    }

    static String statusClass(SlotResult.Status status) {
        return switch (status) {
            case MET -> "met";
            case PARTIAL -> "partial";
            case EMPTY -> "empty";
        };
    }
}
