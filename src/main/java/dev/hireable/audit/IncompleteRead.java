package dev.hireable.audit;

import dev.hireable.snapshot.FileContent;

import java.util.List;
import java.util.Optional;

/**
 * A repository audited with some of its files unread (a download that timed out): it is scored with the findings
 * that needed them {@code unknown}, and listed in the report's errors so the run is partial and a rerun completes it.
 */
final class IncompleteRead {

    private IncompleteRead() {
    }

    static Optional<RepoError> of(String repo, List<FileContent.Unreadable> failed) {
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        FileContent.Unreadable first = failed.get(0);
        String others = failed.size() == 1 ? "" : failed.size() == 2 ? " and 1 more file" : " and " + (failed.size() - 1)
                + " more files";
        return Optional.of(new RepoError(repo, first.explanation() + others + "; the findings that depend on "
                + (failed.size() == 1 ? "it" : "them") + " are unknown until a rerun reads "
                + (failed.size() == 1 ? "it." : "them.")));
    }
}
