package dev.hireable.cli;

import dev.hireable.batch.CandidateAuditor;
import dev.hireable.source.SourceException;

/** The auditors {@code hireable batch} can run for each candidate. */
final class CandidateAuditors {

    private CandidateAuditors() {
    }

    /**
     * The GitHub user audit, the same as {@code hireable user LOGIN}. The GitHub source is merged from its own
     * branch; until then this auditor answers every login with GitHub unavailable (exit 3), so a batch stops at
     * once, writes nothing wrong and can be rerun later.
     */
    static CandidateAuditor gitHubUsers(AuditSetup setup, Console console) {
        return login -> {
            throw new SourceException(SourceException.Kind.UNAVAILABLE,
                    "this build of hireable cannot audit GitHub users yet ('hireable user' is not part of it).");
        };
    }
}
