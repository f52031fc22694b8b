package dev.hireable.cli;

import dev.hireable.audit.Subject;
import dev.hireable.source.github.GitHubUserSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Audit a GitHub user's own public repositories as one portfolio.",
            "Projects the user showcases come first: those listed under 'projects:' in .hireable.yml of the "
                    + "profile repository LOGIN/LOGIN (OWNER/NAME or OWNER/NAME:folder), then those its README "
                    + "links to, then the rest, most recently pushed first. Forks are left out unless "
                    + "--include-forks; archived repositories are audited and marked; empty ones are skipped.",
            "Each repository costs about one API request (its file tree); file bodies come from the raw host. "
                    + "When the rate limit cannot cover every repository, hireable audits what fits, writes a "
                    + "partial report (exit 4) naming the rest and when the limit resets; a rerun completes them "
                    + "from the cache."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable user jdoe-ml",
            "  GITHUB_TOKEN=ghp_... hireable user jdoe-ml --format json --output jdoe.json",
            "  hireable user jdoe-ml --max-repos 10 --include-forks",
            "  GITHUB_API_URL=https://ghe.corp/api/v3 hireable user jdoe"
        })
final class UserCommand implements Callable<Integer> {

    private static final String LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})";

    private final Console console;

    @Parameters(index = "0", paramLabel = "LOGIN", description = "The GitHub login, e.g. jdoe-ml.")
    String login;

    @Mixin
    RepoSelectionOptions selection;

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

    UserCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        String trimmed = login.strip().replaceFirst("^@", "");
        if (!trimmed.matches(LOGIN)) {
            throw new UsageException("'" + login + "' is not a GitHub login (letters, digits and hyphens)");
        }
        Optional<Integer> maxRepos = selection.maxRepos();
        AuditSetup setup = AuditSetup.create(rules.folders(), console.clock(), probes, repoTimeout);
        return GitHubAudit.run(
                console,
                setup,
                github,
                report,
                new Subject(Subject.Kind.USER, trimmed),
                session -> new GitHubUserSource(session, trimmed, selection.includeForks(), maxRepos));
    }
}
