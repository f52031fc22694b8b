package dev.hireable.cli;

import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.ReportRenderer;
import dev.hireable.report.TextReportRenderer;

import java.util.Locale;

/** The report formats of --format. */
public enum Format {
    TEXT, JSON;

    ReportRenderer renderer(boolean color) {
        return switch (this) {
            case TEXT -> new TextReportRenderer(color);
            case JSON -> new JsonReportRenderer();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
