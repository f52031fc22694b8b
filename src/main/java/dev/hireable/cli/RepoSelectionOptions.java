package dev.hireable.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Which of a user's repositories are audited. Shared by the user and batch commands. */
public final class RepoSelectionOptions {

    @Option(names = "--include-forks", description = "Audit forks too.")
    boolean includeForks;

    @Option(
            names = "--max-repos",
            paramLabel = "N",
            description = "Audit at most N repositories (showcased ones first); the rest are listed as skipped.")
    Integer maxRepos;

    boolean includeForks() {
        return includeForks;
    }

    Optional<Integer> maxRepos() {
        if (maxRepos != null && maxRepos < 1) {
            throw new UsageException("--max-repos must be at least 1");
        }
        return Optional.ofNullable(maxRepos);
    }
}
