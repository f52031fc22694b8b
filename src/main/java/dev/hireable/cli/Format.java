package dev.hireable.cli;

import dev.hireable.report.HtmlReportRenderer;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.MarkdownReportRenderer;
import dev.hireable.report.ReportRenderer;
import dev.hireable.report.SarifReportRenderer;
import dev.hireable.report.TextReportRenderer;
import dev.hireable.report.TextWrap;
import dev.hireable.rules.catalog.RuleCatalog;
import java.util.Locale;

/** The report formats of --format. */
public enum Format {
    TEXT("txt"),
    JSON("json"),
    MARKDOWN("md"),
    HTML("html"),
    SARIF("sarif");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** @param catalog the loaded rules, for the formats that quote rule help or question templates */
    ReportRenderer renderer(boolean color, RuleCatalog catalog) {
        return renderer(color, TextWrap.DEFAULT_WIDTH, false, catalog);
    }

    /**
     * @param width  the text report's width in columns
     * @param detail whether the text report adds every repository's checks, findings, evidence and fixes
     */
    ReportRenderer renderer(boolean color, int width, boolean detail, RuleCatalog catalog) {
        return switch (this) {
            case TEXT -> new TextReportRenderer(color, width, detail);
            case JSON -> new JsonReportRenderer();
            case MARKDOWN -> new MarkdownReportRenderer();
            case HTML -> new HtmlReportRenderer(catalog);
            case SARIF -> new SarifReportRenderer(catalog);
        };
    }

    /** The file name extension of a report in this format, without the dot. */
    String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
