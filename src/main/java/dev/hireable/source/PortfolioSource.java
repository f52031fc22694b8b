package dev.hireable.source;

import java.util.List;

/** Where a portfolio's repositories come from: local directories, chosen GitHub repositories, a GitHub user. */
public interface PortfolioSource {

    /** Lists the repositories to audit, in the order they should be audited. */
    List<RepoHandle> repositories() throws SourceException;

    /** Repositories that were listed but deliberately not audited (empty, forks), with the reason. */
    default List<Skipped> skipped() {
        return List.of();
    }

    record Skipped(String repo, String reason) {
    }
}
