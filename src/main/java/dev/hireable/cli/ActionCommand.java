package dev.hireable.cli;

import dev.hireable.report.TerminalText;
import dev.hireable.snapshot.RepoMetadata;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "action",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run inside GitHub Actions: audit the portfolio the workflow's repository describes and show the "
                    + "result where the run is looked at.",
            "Reads the GITHUB_* environment and the action's inputs (INPUT_USER, INPUT_REPOS, INPUT_PATHS, "
                    + "INPUT_FAIL_UNDER, INPUT_FORMAT, INPUT_SARIF, INPUT_BADGE, INPUT_COMPARE_TO; the options below override them). "
                    + "The portfolio is: the repos and paths inputs; else a user input naming someone other than "
                    + "the repository's owner; else the projects listed in the workspace's .hireable.yml; else the "
                    + "owner's repositories its README links to; else the owner's repositories (forks left out). "
                    + "Projects of the workspace repository itself are read from the checkout, costing no API "
                    + "request.",
            "Writes the job summary (Markdown, under 1 MiB), the step outputs score, standard-met, verdict and "
                    + "report-path and change, annotations for findings with a file and line in the workspace (at most 10 per "
                    + "level, then one notice counting the rest), the report file (default "
                    + "$RUNNER_TEMP/hireable-report.md), and the SARIF file and badge JSON when asked. Exits 1 "
                    + "below fail-under and 4 when some repositories could not be audited, after writing "
                    + "everything. Every failure, bad input included, is also told in the job summary and as an "
                    + "error annotation (::error::)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  # in a workflow step (see docs/github-action.md):",
            "  - uses: HIREABLE_OWNER/hireable@v0.1.0",
            "    with: {fail-under: 60, badge: .github/hireable-badge.json}",
            "  # trying it locally on a checkout:",
            "  GITHUB_WORKSPACE=. GITHUB_REPOSITORY=jdoe-ml/portfolio hireable action --paths churn-guard --format html"
        })
final class ActionCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--user", paramLabel = "LOGIN", description = "Overrides INPUT_USER: whose repositories to audit.")
    String user;

    @Option(
            names = "--repos",
            paramLabel = "LIST",
            description = "Overrides INPUT_REPOS: OWNER/NAME or OWNER/NAME:folder, separated by spaces or commas.")
    String repos;

    @Option(
            names = "--paths",
            paramLabel = "LIST",
            description = "Overrides INPUT_PATHS: workspace folders audited from disk as separate projects.")
    String paths;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Overrides INPUT_FAIL_UNDER.")
    String failUnder;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "Overrides INPUT_FORMAT: the report file's format (default: markdown).")
    String format;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Overrides INPUT_SARIF: where to write SARIF.")
    String sarif;

    @Option(
            names = "--badge",
            paramLabel = "FILE",
            description = "Overrides INPUT_BADGE: where to write the badge JSON.")
    String badge;

    @Option(
            names = "--compare-to",
            paramLabel = "FILE",
            description =
                    "Overrides INPUT_COMPARE_TO: a JSON report of the base branch; the job summary then starts with "
                            + "what this change does to the verdict, the slots, the score and the findings.")
    String compareTo;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write the report file (default: $RUNNER_TEMP/hireable-report.EXT).")
    Path output;

    @Mixin
    GitHubOptions github;

    @Mixin
    RuleOptions rules;

    @Mixin
    ProbeOptions probes = new ProbeOptions();

    @Mixin
    RepoTimeoutOption repoTimeout = new RepoTimeoutOption();

    ActionCommand(Console console) {
        this.console = console;
    }

    /** Every failure, bad input included, is also told in the job summary and as an error annotation. */
    @Override
    public Integer call() throws Exception {
        try {
            int code = audit();
            if (code == ExitCode.GITHUB_UNAVAILABLE) {
                ActionResults.failed(
                        console,
                        "GitHub's rate limit ran out before any repository could be audited; run the "
                                + "workflow again after the reset (the log says when).");
            }
            return code;
        } catch (Exception e) {
            ActionResults.failed(console, Hireable.Failure.of(e).sentence());
            throw e;
        }
    }

    private int audit() throws Exception {
        ActionEnvironment environment = ActionEnvironment.read(console);
        ActionInputs inputs = ActionInputs.read(console, this);
        ActionResults results = new ActionResults(environment, inputs, console);
        java.util.function.Consumer<String> note = message -> {
            console.err().println("hireable: " + TerminalText.safe(message));
            console.err().flush();
        };
        RepoMetadata workspace = environment.metadata(note);
        ActionPortfolio portfolio = ActionPortfolio.choose(environment, inputs, workspace.fork(), note);
        note.accept("auditing " + portfolio.subject().id() + " (from " + portfolio.origin() + ")");
        probes.probe = inputs.probeEndpoints();
        AuditSetup setup = AuditSetup.create(rules.folders(), console.clock(), probes, repoTimeout);
        return GitHubAudit.run(
                console,
                setup,
                github,
                portfolio.subject(),
                session -> portfolio.source(session, setup.limits(), workspace, environment.workspace()),
                audit -> results.write(audit, setup.catalog(), portfolio.annotationFolders()));
    }
}
