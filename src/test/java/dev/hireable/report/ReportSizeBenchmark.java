package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures, not assertions: the size of each report format for a user with 100 repositories, and the time to
 * render it (the first run, in a JVM that has rendered nothing yet, and the median of 20 runs after 10 warm-up runs). Run with {@code mvn -B -o test -Dslow=true -Dtest=ReportSizeBenchmark}.
 */
@Tag("slow")
class ReportSizeBenchmark {

    @Test
    void hundredRepositoryUser() throws IOException {
        AuditReport report = SampleReports.large(100);
        RuleCatalog catalog = RuleCatalog.builtIn();
        Map<String, ReportRenderer> renderers = new LinkedHashMap<>();
        renderers.put("text", new TextReportRenderer(false));
        renderers.put("json", new JsonReportRenderer());
        renderers.put("markdown", new MarkdownReportRenderer());
        renderers.put("html", new HtmlReportRenderer(catalog));
        renderers.put("sarif", new SarifReportRenderer(catalog));
        System.out.printf("%-9s %12s %12s %12s%n", "format", "bytes", "first ms", "median ms");
        for (Map.Entry<String, ReportRenderer> entry : renderers.entrySet()) {
            long[] nanos = new long[20];
            int bytes = 0;
            long first = 0;
            for (int run = -10; run < nanos.length; run++) {
                long start = System.nanoTime();
                StringWriter out = new StringWriter();
                entry.getValue().render(report, out);
                long elapsed = System.nanoTime() - start;
                bytes = out.toString().getBytes(StandardCharsets.UTF_8).length;
                if (run == -10) {
                    first = elapsed;
                }
                if (run >= 0) {
                    nanos[run] = elapsed;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-9s %12d %12.2f %12.2f%n", entry.getKey(), bytes, first / 1e6, nanos[nanos.length / 2] / 1e6);
        }
    }
}
