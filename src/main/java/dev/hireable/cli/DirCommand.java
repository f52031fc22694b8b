package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Subject;
import dev.hireable.source.local.LocalDirectorySource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "dir",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audit local directories: each PATH is one repository, together they are one portfolio.",
            "A file among the paths (as 'dir ~/code/*' brings in) is skipped with a note; a missing path is bad "
                    + "input.",
            "Nothing leaves the machine. The commit is read from .git when there is one, and links in the report "
                    + "point at GitHub when the clone's origin is a GitHub repository.",
            "Directories are audited side by side, one per processor; the report lists them in the order given."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable dir examples/churn-guard examples/review-sentiment examples/titanic-notebook",
            "  hireable dir . --format json --output hireable.json",
            "  hireable dir ~/code/* --fail-under 60",
            "  hireable dir ~/code/churn-api --probe-endpoints"
        })
final class DirCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A directory holding one repository.")
    List<Path> paths;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Mixin
    ProbeOptions probes;

    @Mixin
    RepoTimeoutOption repoTimeout = new RepoTimeoutOption();

    DirCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        AuditSetup setup = AuditSetup.create(rules.folders(), console.clock(), probes, repoTimeout);
        List<Path> directories = LocalDirectorySource.directoriesAmong(
                paths, note -> console.err().println("hireable: " + note));
        LocalDirectorySource source = new LocalDirectorySource(directories, setup.limits());
        String id = directories.stream().map(Path::toString).collect(Collectors.joining(" "));
        AuditReport audit = setup.auditor()
                .audit(
                        new Subject(Subject.Kind.DIR, id),
                        source,
                        new ProgressPrinter(console.err(), console.errIsTerminal()),
                        LocalDirectorySource.concurrency(directories.size()));
        return AuditRun.finish(audit, setup, report, console);
    }
}
