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

    /** A ring showing k of 3 slots met, with the count in the middle. */
    static String standardRing(int met, int of) {
        double radius = 52;
        double circumference = 2 * Math.PI * radius;
        StringBuilder svg = new StringBuilder("<svg class=\"ring\" viewBox=\"0 0 132 132\" width=\"132\" height=\"132\" role=\"img\" aria-label=\"standard met ")
                .append(met).append(" of ").append(of).append("\">");
        svg.append("<circle cx=\"66\" cy=\"66\" r=\"52\" class=\"ring-track\"/>");
        double gap = 6;
        double segment = circumference / of;
        for (int i = 0; i < of; i++) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"66\" cy=\"66\" r=\"52\" class=\"ring-seg %s\" "
                            + "stroke-dasharray=\"%.2f %.2f\" stroke-dashoffset=\"%.2f\" transform=\"rotate(-90 66 66)\"/>",
                    i < met ? "on" : "off", segment - gap, circumference - segment + gap, -i * segment - gap / 2));
        }
        svg.append("<text x=\"66\" y=\"70\" class=\"ring-value\" text-anchor=\"middle\">").append(met).append('/').append(of).append("</text>");
        svg.append("<text x=\"66\" y=\"92\" class=\"ring-label\" text-anchor=\"middle\">standard met</text></svg>");
        return svg.toString();
    }

    /** Horizontal bars: each slot's fit (0-100), coloured by whether the slot is met. */
    static String slotBars(List<SlotView> slots) {
        int rowHeight = 34;
        int height = slots.size() * rowHeight + 24;
        StringBuilder svg = new StringBuilder("<svg class=\"bars\" viewBox=\"0 0 560 ").append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"fit of each slot, 0 to 100\">");
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = 190 + tick * 330 / 100;
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"4\" y2=\"").append(height - 18)
                    .append("\" class=\"grid\"/><text x=\"").append(x).append("\" y=\"").append(height - 4)
                    .append("\" class=\"tick\" text-anchor=\"middle\">").append(tick).append("</text>");
        }
        for (int i = 0; i < slots.size(); i++) {
            SlotView slot = slots.get(i);
            int y = 8 + i * rowHeight;
            int width = Math.max(0, Math.min(100, slot.result().score())) * 330 / 100;
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" class=\"bar-label\">").append(Html.escape(slot.title())).append("</text>");
            svg.append("<rect x=\"190\" y=\"").append(y + 3).append("\" width=\"330\" height=\"20\" rx=\"4\" class=\"bar-track\"/>");
            svg.append("<rect x=\"190\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"20\" rx=\"4\" class=\"bar ").append(statusClass(slot.status())).append("\"/>");
            svg.append("<text x=\"").append(196 + width).append("\" y=\"").append(y + 18).append("\" class=\"bar-value\">")
                    .append(slot.result().score()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A 0-100 score as a small horizontal meter. */
    static String meter(int score) {
        int clamped = Math.max(0, Math.min(100, score));
        String level = clamped >= 70 ? "met" : clamped >= 40 ? "partial" : "empty";
        return "<svg class=\"meter\" viewBox=\"0 0 100 8\" width=\"100\" height=\"8\" aria-hidden=\"true\"><rect width=\"100\" height=\"8\" rx=\"4\" class=\"bar-track\"/>"
                + "<rect width=\"" + clamped + "\" height=\"8\" rx=\"4\" class=\"bar " + level + "\"/></svg>";
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
