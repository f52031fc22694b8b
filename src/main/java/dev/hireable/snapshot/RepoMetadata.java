package dev.hireable.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a repository besides its files.
 *
 * @param id          {@code owner/name}, {@code owner/name:path} for a project inside a monorepo, or a directory name
 * @param webUrl      the repository's web page, e.g. {@code https://github.com/owner/name}
 * @param commit      the commit audited
 * @param homepage    the homepage URL set on the repository
 * @param defaultBranch the branch the commit was read from
 */
public record RepoMetadata(
        String id,
        Optional<String> webUrl,
        Optional<String> commit,
        Optional<String> homepage,
        Optional<String> description,
        List<String> topics,
        boolean fork,
        boolean archived,
        Optional<Instant> createdAt,
        Optional<Instant> pushedAt,
        Optional<String> defaultBranch) {

    public RepoMetadata {
        topics = List.copyOf(topics);
    }

    /** Metadata for a repository known only by name, e.g. a local directory without git. */
    public static RepoMetadata named(String id) {
        return new RepoMetadata(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RepoMetadata withId(String newId) {
        return new RepoMetadata(newId, webUrl, commit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch);
    }

    public RepoMetadata withWebUrl(Optional<String> newWebUrl) {
        return new RepoMetadata(id, newWebUrl, commit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch);
    }

    public RepoMetadata withCommit(Optional<String> newCommit) {
        return new RepoMetadata(id, webUrl, newCommit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch);
    }

    /**
     * A link to a file (and line) at the audited commit, when the repository has a web page, e.g.
     * {@code https://github.com/o/n/blob/SHA/README.md#L42}.
     */
    public Optional<String> fileUrl(String path, int line) {
        if (webUrl.isEmpty()) {
            return Optional.empty();
        }
        String ref = commit.or(() -> defaultBranch).orElse("HEAD");
        String anchor = line > 0 ? "#L" + line : "";
        return Optional.of(webUrl.get() + "/blob/" + ref + "/" + UrlPaths.encode(path) + anchor);
    }
}
