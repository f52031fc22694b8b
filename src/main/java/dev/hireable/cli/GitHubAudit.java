package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.ResultCache;
import dev.hireable.audit.Subject;
import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.SourceException;
import dev.hireable.source.github.GitHubSession;
import dev.hireable.source.github.GitHubSettings;
import dev.hireable.source.http.RetryPolicy;
import dev.hireable.source.http.Secret;
import dev.hireable.source.http.Sleeper;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A connection to GitHub for auditing: settings from the options, one session (HTTP clients, rate-limit counters,
 * cache) and progress on standard error. The user and repo commands run one audit on it; a batch opens it once
 * and audits every candidate on it, so the rate-limit counters and the cache are shared.
 */
final class GitHubAudit implements AutoCloseable {

    private final AuditSetup setup;
    private final Console console;
    private final GitHubSession session;
    private final ProgressPrinter notes;
    private final int concurrency;
    private final ResultCache results;

    private GitHubAudit(
            AuditSetup setup,
            Console console,
            GitHubSession session,
            ProgressPrinter notes,
            int concurrency,
            ResultCache results) {
        this.setup = setup;
        this.console = console;
        this.session = session;
        this.notes = notes;
        this.concurrency = concurrency;
        this.results = results;
    }

    /** Checks the options and builds the session; sends no request. */
    static GitHubAudit open(AuditSetup setup, Console console, GitHubOptions github) {
        FetchPolicy fetch = setup.catalog().section("github.yaml", "vocabulary", FetchPolicy.class);
        Optional<Secret> token = github.token(console);
        int concurrency = github.concurrency();
        ProgressPrinter notes = new ProgressPrinter(console.err(), console.errIsTerminal());
        RetryPolicy defaults = RetryPolicy.defaults();
        GitHubSettings settings = new GitHubSettings(
                github.apiUrl(console),
                github.rawUrl(console),
                token,
                github.cacheDir(console),
                concurrency,
                github.timeout(),
                new RetryPolicy(
                        defaults.attempts(), github.retryBackoff(), defaults.secondaryRetries(), defaults.maxWait()),
                fetch,
                setup.limits(),
                ToolVersion.read().version(),
                Sleeper.REAL,
                console.clock(),
                notes::note);
        if (token.isEmpty()) {
            notes.note(
                    "no GitHub token (--token, GITHUB_TOKEN or GH_TOKEN): anonymous requests are limited to 60 an hour.");
        }
        try {
            ResultCache results =
                    new ResultCache(settings.cacheDir(), settings.toolVersion(), setup.rulesFingerprint(), notes::note);
            return new GitHubAudit(setup, console, GitHubSession.open(settings), notes, concurrency, results);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Writes what an audit produced and picks the exit code. */
    interface Finish {
        int write(AuditReport result) throws IOException;
    }

    /** The user and repo commands: one audit, its report written, and the exit code. */
    static int run(
            Console console,
            AuditSetup setup,
            GitHubOptions github,
            ReportOptions report,
            Subject subject,
            Function<GitHubSession, PortfolioSource> sourceFor)
            throws Exception {
        return run(
                console, setup, github, subject, sourceFor, result -> AuditRun.finish(result, setup, report, console));
    }

    /** One audit, with what is written decided by {@code finish} (the action writes a summary, outputs, ...). */
    static int run(
            Console console,
            AuditSetup setup,
            GitHubOptions github,
            Subject subject,
            Function<GitHubSession, PortfolioSource> sourceFor,
            Finish finish)
            throws Exception {
        try (GitHubAudit audit = open(setup, console, github)) {
            AuditReport result = audit.audit(subject, sourceFor);
            int code = finish.write(result);
            if (result.stop().isPresent()) {
                audit.notes.note(
                        result.stop().get().reason() + " The report names the repositories "
                                + "not audited; run the same command again after the reset and what was audited comes from the cache.");
                if (result.repos().isEmpty()) {
                    return ExitCode.GITHUB_UNAVAILABLE;
                }
            }
            return code;
        }
    }

    /** Audits one subject on the shared session, with its own progress lines. */
    AuditReport audit(Subject subject, Function<GitHubSession, PortfolioSource> sourceFor) throws SourceException {
        ProgressPrinter progress = new ProgressPrinter(console.err(), console.errIsTerminal(), this::requestsLeft);
        // the session reads `concurrency` repositories at once; more threads check those already read meanwhile,
        // except at --concurrency 1: one repository at a time, in order, holding one in memory
        int checking = concurrency == 1
                ? 1
                : concurrency + Math.max(2, Runtime.getRuntime().availableProcessors());
        return setup.auditor().withResults(results).audit(subject, sourceFor.apply(session), progress, checking);
    }

    GitHubSession session() {
        return session;
    }

    private Optional<String> requestsLeft() {
        return session.rateLimits().remaining().map(n -> n + " API requests left");
    }

    @Override
    public void close() {
        session.close();
    }
}
