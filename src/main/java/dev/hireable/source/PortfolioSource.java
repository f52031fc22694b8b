package dev.hireable.source;

import java.util.List;
import java.util.Optional;

/** Where a portfolio's repositories come from: local directories, chosen GitHub repositories, a GitHub user. */
public interface PortfolioSource {

    /** Lists the repositories to audit, in the order they should be audited. */
    List<RepoHandle> repositories() throws SourceException;

    /** Repositories that were listed but deliberately not audited (empty, forks), with the reason. */
    default List<Skipped> skipped() {
        return List.of();
    }

    /**
     * Why the source stopped short of reading every repository it listed (GitHub's rate limit ran out), if it did;
     * the repositories it could not read are in the report's errors.
     */
    default Optional<Stop> stop() {
        return Optional.empty();
    }

    record Skipped(String repo, String reason) {}

    /** @param reason one sentence: what stopped the source and when it can go on */
    record Stop(String reason) {}
}
