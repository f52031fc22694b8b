package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.report.MarkdownReportRenderer;
import dev.hireable.report.MarkdownText;
import dev.hireable.report.SarifReportRenderer;
import dev.hireable.report.TerminalText;
import dev.hireable.report.actions.Annotation;
import dev.hireable.report.actions.AnnotationPlanner;
import dev.hireable.report.actions.Badge;
import dev.hireable.report.actions.StepOutputs;
import dev.hireable.report.compare.ComparisonMarkdownRenderer;
import dev.hireable.report.compare.ReportComparison;
import dev.hireable.report.compare.ReportSummary;
import dev.hireable.rules.catalog.RuleCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a workflow run gets from an audit: the report file, SARIF and badge when asked, the job summary,
 * annotations on standard output, and the step outputs (last, so report-path names a file that exists).
 */
final class ActionResults {

    /** Annotations per level before the rest are counted in one notice: GitHub shows only 10 per step anyway. */
    static final int ANNOTATIONS_PER_LEVEL = 10;

    static final String REPORT_NAME = "hireable-report";

    private final ActionEnvironment environment;
    private final ActionInputs inputs;
    private final Console console;

    ActionResults(ActionEnvironment environment, ActionInputs inputs, Console console) {
        this.environment = environment;
        this.inputs = inputs;
        this.console = console;
    }

    /** Where the report file goes: the report option, else RUNNER_TEMP (kept out of the checkout), else the workspace. */
    Path reportPath() {
        return inputs.report()
                .map(environment::resolve)
                .orElseGet(() -> environment
                        .runnerTemp()
                        .orElse(environment.workspace())
                        .resolve(REPORT_NAME + "." + inputs.format().extension()));
    }

    /** Writes everything, then picks the exit code: 4 partial, 1 below fail-under, else 0. */
    int write(AuditReport audit, RuleCatalog catalog, Map<String, String> annotationFolders) throws IOException {
        List<String> written = new ArrayList<>();
        Path report = reportPath();
        StringWriter rendered = new StringWriter();
        inputs.format().renderer(false, catalog).render(audit, rendered);
        ReportWriter.writeAtomically(report, rendered.toString());
        written.add("report " + report);
        if (inputs.sarif().isPresent()) {
            Path sarif = environment.resolve(inputs.sarif().get());
            StringWriter json = new StringWriter();
            new SarifReportRenderer(catalog).render(audit, json);
            ReportWriter.writeAtomically(sarif, json.toString());
            written.add("SARIF " + sarif);
        }
        if (inputs.badge().isPresent()) {
            Path badge = environment.resolve(inputs.badge().get());
            ReportWriter.writeAtomically(badge, Badge.json(audit.portfolio()));
            written.add("badge " + badge);
        }
        BaseComparison base = compareWithBase(audit);
        if (environment.summaryFile().isPresent()) {
            append(environment.summaryFile().get(), base.summary() + new MarkdownReportRenderer().markdown(audit));
            written.add("job summary");
        }
        for (Annotation annotation : new AnnotationPlanner(ANNOTATIONS_PER_LEVEL).plan(audit, annotationFolders)) {
            console.out().println(annotation.command());
        }
        console.out().flush();
        if (environment.outputFile().isPresent()) {
            append(
                    environment.outputFile().get(),
                    new StepOutputs()
                            .put("score", String.valueOf(audit.portfolio().score()))
                            .put(
                                    "standard-met",
                                    String.valueOf(audit.portfolio().standardMet()))
                            .put("verdict", audit.portfolio().verdict())
                            .put("report-path", report.toString())
                            .put("change", base.headline())
                            .render());
            written.add("outputs");
        }
        console.err().println("hireable: wrote the " + String.join(", the ", written) + ".");
        console.err().flush();
        int code = AuditRun.exitCode(audit, inputs.failUnder(), "fail-under", console);
        if (code == ExitCode.PARTIAL) {
            stepFails(
                    console,
                    audit.errors().size() + " of "
                            + (audit.errors().size() + audit.repos().size())
                            + " repositories could not be audited; the job summary says which and why.");
        } else if (code == ExitCode.BELOW_THRESHOLD) {
            stepFails(
                    console,
                    "the portfolio score " + audit.portfolio().score() + " is below fail-under "
                            + inputs.failUnder().orElseThrow() + ".");
        }
        return code;
    }

    /** The comparison with the base branch's report, for the top of the job summary, and its headline for the outputs. */
    private record BaseComparison(String summary, String headline) {
        static final BaseComparison NONE = new BaseComparison("", "");
    }

    /**
     * This run's report compared with the base report the compare-to input names (on a pull request, the base
     * branch's). A missing file is a note (the base may never have been audited), one that is not a hireable JSON
     * report a warning; neither fails the step, whose audit stands.
     */
    private BaseComparison compareWithBase(AuditReport audit) {
        if (inputs.compareTo().isEmpty()) {
            return BaseComparison.NONE;
        }
        Path file = environment.resolve(inputs.compareTo().get());
        if (!Files.exists(file)) {
            console.err()
                    .println("hireable: no base report at " + TerminalText.safe(file) + ", so nothing to compare.");
            return new BaseComparison(
                    "> No base report at "
                            + MarkdownText.code(inputs.compareTo().get().toString())
                            + ": nothing to compare this change with.\n\n",
                    "");
        }
        try {
            ReportComparison comparison = ReportComparison.of(
                    CompareCommand.read(file),
                    ReportSummary.of(new JsonReportRenderer().toJson(audit), "this run's report"));
            return new BaseComparison(new ComparisonMarkdownRenderer().render(comparison), comparison.headline());
        } catch (UsageException e) {
            console.out()
                    .println(new Annotation(Annotation.Level.WARNING, "", 0, "hireable compare-to", e.getMessage())
                            .command());
            return new BaseComparison(
                    "> ⚠️ Not compared with the base: " + MarkdownText.escape(e.getMessage()) + "\n\n", "");
        }
    }

    /**
     * Says why no audit could be made where the run is looked at, not only in the log: a short job summary and an
     * error annotation. Needs no readable environment beyond GITHUB_STEP_SUMMARY, so it works for every failure.
     */
    static void failed(Console console, String sentence) {
        String line = sentence.replace("\n", " ").strip();
        tell(console, "## ❌ hireable could not audit the portfolio\n\n" + MarkdownText.escape(line) + "\n", line);
    }

    /** After a report was written, why the step still fails: under the report in the job summary, and as an error. */
    private static void stepFails(Console console, String sentence) {
        tell(console, "\n**❌ The step fails: " + MarkdownText.escape(sentence) + "**\n", sentence);
    }

    private static void tell(Console console, String summary, String sentence) {
        console.env("GITHUB_STEP_SUMMARY").map(Path::of).ifPresent(file -> {
            try {
                append(file, summary);
            } catch (IOException e) {
                console.err()
                        .println("hireable: the job summary could not be written either (" + e.getMessage() + ").");
            }
        });
        if (console.env("GITHUB_ACTIONS").filter("true"::equals).isPresent()) {
            console.out().println(new Annotation(Annotation.Level.ERROR, "", 0, "hireable", sentence).command());
            console.out().flush();
        }
    }

    private static void append(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
