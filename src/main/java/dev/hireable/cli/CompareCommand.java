package dev.hireable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.report.TextWrap;
import dev.hireable.report.compare.ComparisonHtmlRenderer;
import dev.hireable.report.compare.ComparisonJsonRenderer;
import dev.hireable.report.compare.ComparisonMarkdownRenderer;
import dev.hireable.report.compare.ComparisonRenderer;
import dev.hireable.report.compare.ComparisonTextRenderer;
import dev.hireable.report.compare.ReportComparison;
import dev.hireable.report.compare.ReportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare two JSON reports of the same portfolio, before and after a change: what changed in the "
                    + "verdict, in each slot (met or not, by which repository), in the score, and per repository its score, "
                    + "its new failures and the checks it fixed.",
            "Repositories are matched by id, else by name alone, so a report of local checkouts compares with one "
                    + "of the same projects on GitHub."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable dir . --format json --output before.json",
            "  (change something, then)",
            "  hireable dir . --format json --output after.json",
            "  hireable compare before.json after.json",
            "  hireable compare before.json after.json --format markdown --fail-on-regression",
            "",
            "Exit codes: 0 compared, 1 a regression with --fail-on-regression, 2 bad input (a file that is not a "
                    + "hireable JSON report of schemaVersion 1)."
        })
final class CompareCommand implements Callable<Integer> {

    /** A JSON report this large is not one hireable wrote. */
    private static final long MAX_REPORT_BYTES = 64L << 20;

    private final Console console;

    @Parameters(index = "0", paramLabel = "OLD", description = "The JSON report before the change (--format json).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The JSON report after the change.")
    Path after;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = ReportOptions.FormatConverter.class,
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the comparison to FILE instead of standard output (written whole or not at all).")
    Path output;

    @Option(
            names = "--fail-on-regression",
            description = "Exit with 1 when the new report meets fewer slots or has a lower score than the old one.")
    boolean failOnRegression;

    CompareCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        ComparisonRenderer renderer = renderer();
        ReportComparison comparison = ReportComparison.of(read(before), read(after));
        String rendered = renderer.render(comparison);
        if (output == null) {
            console.out().print(rendered);
            console.out().flush();
        } else {
            ReportWriter.writeAtomically(output, rendered);
        }
        return failOnRegression && comparison.regressed() ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
    }

    private ComparisonRenderer renderer() {
        return switch (format) {
            case TEXT -> new ComparisonTextRenderer(TextWrap.widthFor(console.env("COLUMNS"), OptionalInt.empty()));
            case JSON -> new ComparisonJsonRenderer();
            case MARKDOWN -> new ComparisonMarkdownRenderer();
            case HTML -> new ComparisonHtmlRenderer();
            case SARIF -> throw new UsageException("compare writes text, json, markdown or html, not sarif");
        };
    }

    /**
     * The summary of a JSON report file.
     *
     * @throws UsageException in one sentence when the file is missing, unreadable, not JSON, or not a hireable report
     *                        of this schema version
     */
    static ReportSummary read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Files.exists(file) ? file + " is not a file" : file + " does not exist");
        }
        try {
            if (Files.size(file) > MAX_REPORT_BYTES) {
                throw new UsageException(file + " is over 64 MB: not a hireable JSON report");
            }
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return ReportSummary.of(
                    root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root,
                    file.toString());
        } catch (ReportSummary.NotAReportException e) {
            throw new UsageException(e.getMessage());
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new UsageException(file + " is not JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": not a hireable JSON report");
        } catch (IOException e) {
            throw new UsageException(file + " could not be read: " + e.getMessage());
        }
    }
}
