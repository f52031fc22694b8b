package dev.hireable.batch;

import dev.hireable.audit.AuditReport;
import dev.hireable.source.SourceException;

/**
 * Audits one candidate's portfolio by GitHub login. The batch only needs this: how the audit reaches GitHub
 * (tokens, caching, rate limits) is the auditor's business; one auditor serves the whole batch.
 */
@FunctionalInterface
public interface CandidateAuditor extends AutoCloseable {

    /**
     * @throws SourceException {@code NOT_FOUND} when there is no such user (the batch goes on), {@code UNAVAILABLE}
     *                         when GitHub cannot be used at all, e.g. the rate limit is spent (the batch stops and a
     *                         rerun finishes it)
     */
    AuditReport audit(String login) throws SourceException;

    /** Lets go of what the auditor holds (connections) once the batch is over. */
    @Override
    default void close() {}
}
