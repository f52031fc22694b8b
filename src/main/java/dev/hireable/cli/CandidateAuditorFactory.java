package dev.hireable.cli;

import dev.hireable.batch.CandidateAuditor;

/**
 * Builds the one auditor that {@code hireable batch} runs for every login, from the pipeline, the console (token,
 * API URL and cache may come from the environment) and the GitHub options. {@link BatchCommand} takes one, so tests
 * can hand it a fake; the command line uses {@link CandidateAuditors#gitHubUsers}.
 */
@FunctionalInterface
interface CandidateAuditorFactory {

    CandidateAuditor create(AuditSetup setup, Console console, GitHubOptions github, RepoSelectionOptions selection);
}
