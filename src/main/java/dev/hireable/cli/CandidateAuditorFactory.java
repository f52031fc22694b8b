package dev.hireable.cli;

import dev.hireable.batch.CandidateAuditor;

/**
 * Builds the auditor that {@code hireable batch} runs for each login, from the pipeline and the console (token,
 * API URL and cache come from the environment and options there). {@link BatchCommand} takes one, so tests can
 * hand it a fake; the command line uses {@link CandidateAuditors#gitHubUsers}.
 */
@FunctionalInterface
interface CandidateAuditorFactory {

    CandidateAuditor create(AuditSetup setup, Console console);
}
