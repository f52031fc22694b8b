package dev.hireable.cli;

import dev.hireable.audit.Subject;
import dev.hireable.source.github.GitHubRepoSource;
import dev.hireable.source.github.RepoRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "repo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audit chosen GitHub repositories as one portfolio, at the head of their default branch.",
            "OWNER/NAME:folder audits one folder of a larger repository as a project of its own. Every name is "
                    + "checked first: an unknown one stops the audit (exit 2); a blocked or empty one is listed in "
                    + "the report's errors and the others are audited (exit 4)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable repo jdoe-ml/churn-guard",
            "  hireable repo jdoe-ml/churn-guard jdoe-ml/review-sentiment --format json",
            "  hireable repo acme/ml-monorepo:projects/forecasting --no-cache"
        })
final class RepoCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "OWNER/NAME", description = "A repository, e.g. jdoe-ml/churn-guard.")
    List<String> repos;

    @Mixin
    GitHubOptions github;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Mixin
    ProbeOptions probes;

    @Mixin
    RepoTimeoutOption repoTimeout = new RepoTimeoutOption();

    RepoCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        List<RepoRef> refs = new ArrayList<>();
        for (String text : repos) {
            Optional<RepoRef> ref = RepoRef.parse(text);
            if (ref.isEmpty()) {
                throw new UsageException("'" + text + "' is not OWNER/NAME (or OWNER/NAME:folder)");
            }
            refs.add(ref.get());
        }
        String id = refs.stream().map(RepoRef::id).collect(Collectors.joining(" "));
        AuditSetup setup = AuditSetup.create(rules.folders(), console.clock(), probes, repoTimeout);
        return GitHubAudit.run(
                console,
                setup,
                github,
                report,
                new Subject(Subject.Kind.REPO, id),
                session -> new GitHubRepoSource(session, refs));
    }
}
