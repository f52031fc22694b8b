package dev.hireable.report.compare;

/** A comparison of two reports in one format: text, JSON, Markdown or HTML. */
public sealed interface ComparisonRenderer
        permits ComparisonTextRenderer, ComparisonJsonRenderer, ComparisonMarkdownRenderer, ComparisonHtmlRenderer {

    String render(ReportComparison comparison);

    /** The word a reader sees for a slot's change, in every format. */
    static String label(ReportComparison.SlotChange.Kind kind) {
        return switch (kind) {
            case COMPLETED -> "completed";
            case LOST -> "lost";
            case REFILLED -> "filled differently";
            case FIT -> "fit changed";
            case UNCHANGED -> "unchanged";
        };
    }

    /** A format's mark for a slot's change: one for a slot completed, one for a slot lost, one for the rest. */
    static String mark(ReportComparison.SlotChange.Kind kind, String completed, String lost, String otherwise) {
        return kind == ReportComparison.SlotChange.Kind.COMPLETED
                ? completed
                : kind == ReportComparison.SlotChange.Kind.LOST ? lost : otherwise;
    }
}
