package dev.hireable.cli;

import dev.hireable.audit.Auditor;
import java.time.Duration;
import picocli.CommandLine.Option;

/** --repo-timeout: how long one repository may take to be read and checked before it is given up. */
public final class RepoTimeoutOption {

    @Option(
            names = "--repo-timeout",
            paramLabel = "SECONDS",
            description = "Give up a repository that takes longer than this to read and check; it is listed as not "
                    + "audited and the others go on (default: ${DEFAULT-VALUE}).")
    double seconds = Auditor.DEFAULT_REPO_DEADLINE.toSeconds();

    Duration deadline() {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new UsageException("--repo-timeout must be a number of seconds between 0 and 86400");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
}
