package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Subject;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.github.FetchPolicy;
import dev.hireable.source.github.GitHubSession;
import dev.hireable.source.github.GitHubSettings;
import dev.hireable.source.github.RetryPolicy;
import dev.hireable.source.github.Secret;
import dev.hireable.source.github.Sleeper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the user and repo commands share: settings from the options, the session, progress, and the exit code. */
final class GitHubAudit {

    private GitHubAudit() {
    }

    /** Makes the portfolio source once the session is open. */
    interface SourceFactory {
        PortfolioSource create(GitHubSession session, AuditSetup setup);
    }

    /** Writes what the audit produced and picks the exit code. */
    interface Finish {
        int write(AuditReport audit, AuditSetup setup) throws IOException;
    }

    static int run(Console console, List<Path> ruleFolders, GitHubOptions github, ReportOptions report, Subject subject,
                   Function<GitHubSession, PortfolioSource> sourceFor) throws Exception {
        return run(console, ruleFolders, github, subject, (session, setup) -> sourceFor.apply(session),
                (audit, setup) -> AuditRun.finish(audit, setup, report, console));
    }

    static int run(Console console, List<Path> ruleFolders, GitHubOptions github, Subject subject,
                   SourceFactory sourceFor, Finish finish) throws Exception {
        AuditSetup setup = AuditSetup.create(ruleFolders, console.clock());
        FetchPolicy fetch = setup.catalog().section("github.yaml", "vocabulary", FetchPolicy.class);
        Optional<Secret> token = github.token(console);
        int concurrency = github.concurrency();
        ProgressHolder holder = new ProgressHolder();
        ProgressPrinter progress = new ProgressPrinter(console.err(), console.errIsTerminal(), holder::status);
        RetryPolicy defaults = RetryPolicy.defaults();
        GitHubSettings settings = new GitHubSettings(github.apiUrl(console), github.rawUrl(console), token,
                github.cacheDir(console), concurrency, github.timeout(),
                new RetryPolicy(defaults.attempts(), github.retryBackoff(), defaults.secondaryRetries(), defaults.maxWait()),
                fetch, setup.limits(), ToolVersion.read().version(), Sleeper.REAL, console.clock(), progress::note);
        if (token.isEmpty()) {
            progress.note("no GitHub token (--token, GITHUB_TOKEN or GH_TOKEN): anonymous requests are limited to 60 an hour.");
        }
        GitHubSession session;
        try {
            session = GitHubSession.open(settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (session) {
            holder.session = session;
            AuditReport audit = setup.auditor().audit(subject, sourceFor.create(session, setup), progress, concurrency);
            int code = finish.write(audit, setup);
            if (session.stoppedByRateLimit()) {
                console.err().println("hireable: " + session.rateLimitSentence() + " The report names the repositories "
                        + "not audited; run the same command again after the reset and what was audited comes from the cache.");
                console.err().flush();
                if (audit.repos().isEmpty()) {
                    return ExitCode.GITHUB_UNAVAILABLE;
                }
            }
            return code;
        }
    }

    /** Lets the progress line show the requests left once the session exists. */
    private static final class ProgressHolder {
        private volatile GitHubSession session;

        Optional<String> status() {
            GitHubSession current = session;
            return current == null ? Optional.empty()
                    : current.rateLimits().remaining().map(n -> n + " API requests left");
        }
    }
}
