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
 * @param folder      for a project that is one folder of the repository, that folder: links to its files go there
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
        Optional<String> defaultBranch,
        Optional<String> folder) {

    public RepoMetadata {
        topics = List.copyOf(topics);
        folder = folder.filter(f -> !f.isEmpty());
    }

    /** Metadata of a whole repository (no folder). */
    public RepoMetadata(String id, Optional<String> webUrl, Optional<String> commit, Optional<String> homepage,
                        Optional<String> description, List<String> topics, boolean fork, boolean archived,
                        Optional<Instant> createdAt, Optional<Instant> pushedAt, Optional<String> defaultBranch) {
        this(id, webUrl, commit, homepage, description, topics, fork, archived, createdAt, pushedAt, defaultBranch,
                Optional.empty());
    }

    /** Metadata for a repository known only by name, e.g. a local directory without git. */
    public static RepoMetadata named(String id) {
        return new RepoMetadata(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RepoMetadata withId(String newId) {
        return new RepoMetadata(newId, webUrl, commit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch, folder);
    }

    public RepoMetadata withWebUrl(Optional<String> newWebUrl) {
        return new RepoMetadata(id, newWebUrl, commit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch, folder);
    }

    public RepoMetadata withCommit(Optional<String> newCommit) {
        return new RepoMetadata(id, webUrl, newCommit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch, folder);
    }

    /** The same repository seen as the project in {@code subfolder} (relative to the current folder, if any). */
    public RepoMetadata withFolder(String subfolder) {
        String joined = folder.map(f -> f + "/" + subfolder).orElse(subfolder);
        return new RepoMetadata(id, webUrl, commit, homepage, description, topics, fork, archived, createdAt,
                pushedAt, defaultBranch, Optional.of(joined));
    }

    /** The project's web page: the repository's, or its folder's at the audited commit. */
    public Optional<String> pageUrl() {
        return folder.isEmpty() ? webUrl : webUrl.map(web -> web + "/tree/" + ref() + "/" + UrlPaths.encode(folder.get()));
    }

    /**
     * A link to a file (and line) at the audited commit, when the repository has a web page, e.g.
     * {@code https://github.com/o/n/blob/SHA/README.md#L42}.
     */
    public Optional<String> fileUrl(String path, int line) {
        if (webUrl.isEmpty()) {
            return Optional.empty();
        }
        if (path.equals(".")) {
            return pageUrl();
        }
        String inRepository = folder.map(f -> f + "/" + path).orElse(path);
        String anchor = line > 0 ? "#L" + line : "";
        return Optional.of(webUrl.get() + "/blob/" + ref() + "/" + UrlPaths.encode(inRepository) + anchor);
    }

    private String ref() {
        return commit.or(() -> defaultBranch).orElse("HEAD");
    }
}
