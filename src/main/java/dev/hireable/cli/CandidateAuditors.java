package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Subject;
import dev.hireable.batch.CandidateAuditor;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.SourceException;
import dev.hireable.source.github.GitHubSession;
import dev.hireable.source.github.GitHubUserSource;
import java.util.Optional;

/** The auditors {@code hireable batch} can run for each candidate. */
final class CandidateAuditors {

    private CandidateAuditors() {}

    /**
     * The GitHub user audit, the same as {@code hireable user LOGIN}, on one session for the whole batch: the
     * settings, the HTTP clients, the rate-limit counters and the cache are built once and shared by every candidate.
     */
    static CandidateAuditor gitHubUsers(
            AuditSetup setup, Console console, GitHubOptions github, RepoSelectionOptions selection) {
        boolean includeForks = selection.includeForks();
        Optional<Integer> maxRepos = selection.maxRepos();
        return new GitHubUsers(GitHubAudit.open(setup, console, github), includeForks, maxRepos);
    }

    /**
     * Audits candidates while the rate limit lasts. Once GitHub's limit is spent, or too low to start another
     * candidate, every later candidate is refused at once without a request, so the batch stops and a rerun after the
     * reset finishes it. A candidate cut short by the limit keeps what was audited (a partial report, audited again on
     * the rerun, from the cache where unchanged), unless nothing was: then it is left for the rerun too.
     */
    private static final class GitHubUsers implements CandidateAuditor {

        /** The user and the first page of their repositories. */
        private static final int REQUESTS_TO_START = 2;

        private final GitHubAudit github;
        private final boolean includeForks;
        private final Optional<Integer> maxRepos;

        GitHubUsers(GitHubAudit github, boolean includeForks, Optional<Integer> maxRepos) {
            this.github = github;
            this.includeForks = includeForks;
            this.maxRepos = maxRepos;
        }

        @Override
        public AuditReport audit(String login) throws SourceException {
            GitHubSession session = github.session();
            Optional<PortfolioSource.Stop> stopped = session.stop();
            if (stopped.isPresent()) {
                throw new SourceException(
                        SourceException.Kind.UNAVAILABLE, stopped.get().reason());
            }
            Optional<Integer> left = session.rateLimits().remaining();
            if (left.isPresent() && left.get() < REQUESTS_TO_START) {
                throw new SourceException(
                        SourceException.Kind.UNAVAILABLE,
                        "GitHub's API rate limit has " + left.get()
                                + (left.get() == 1 ? " request" : " requests")
                                + " left, too few to start another candidate; "
                                + session.rateLimits().resetDescription() + ".");
            }
            AuditReport report = github.audit(
                    new Subject(Subject.Kind.USER, login), s -> new GitHubUserSource(s, login, includeForks, maxRepos));
            if (report.stop().isPresent()
                    && report.repos().isEmpty()
                    && !report.errors().isEmpty()) {
                throw new SourceException(
                        SourceException.Kind.UNAVAILABLE, report.stop().get().reason());
            }
            return report;
        }

        @Override
        public void close() {
            github.close();
        }
    }
}
