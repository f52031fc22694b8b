package dev.hireable.audit;

import dev.hireable.snapshot.FileContent;
import dev.hireable.standard.RepoEvidence;
import java.util.List;
import java.util.Optional;

/**
 * A repository audited with some of its files unread (a download that timed out) or some of its checks stopped (a
 * rule file's pattern that backtracks without end): it is scored with the findings that needed them
 * {@code unknown}, and listed in the report's errors so the run is partial.
 */
final class IncompleteRead {

    private IncompleteRead() {}

    /** The repository's error, if some of its files were not read or some of its checks stopped. */
    static Optional<RepoError> of(String repo, List<FileContent.Unreadable> failed, List<RepoEvidence> units) {
        List<String> stopped = units.stream()
                .flatMap(unit -> unit.assessment().unfinished().stream())
                .distinct()
                .toList();
        Optional<RepoError> unread = of(repo, failed);
        if (stopped.isEmpty()) {
            return unread;
        }
        String checks = stopped.get(0)
                + (stopped.size() == 1 ? "" : "; " + (stopped.size() - 1) + " more checks were stopped likewise");
        return Optional.of(new RepoError(
                repo, unread.map(error -> error.message() + " ").orElse("") + checks));
    }

    static Optional<RepoError> of(String repo, List<FileContent.Unreadable> failed) {
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        FileContent.Unreadable first = failed.get(0);
        String others = failed.size() == 1
                ? ""
                : failed.size() == 2 ? " and 1 more file" : " and " + (failed.size() - 1) + " more files";
        return Optional.of(new RepoError(
                repo,
                first.explanation() + others + "; the findings that depend on "
                        + (failed.size() == 1 ? "it" : "them") + " are unknown until a rerun reads "
                        + (failed.size() == 1 ? "it." : "them.")));
    }
}
