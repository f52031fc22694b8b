package dev.hireable.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a repository besides its files.
 *
 * @param id            {@code owner/name}, {@code owner/name:path} for a project inside a monorepo, or a directory name
 * @param forge         where the repository lives on the web, which builds every link to it
 * @param commit        the commit audited
 * @param homepage      the homepage URL set on the repository
 * @param defaultBranch the branch the commit was read from
 * @param folder        for a project that is one folder of the repository, that folder: links to its files go there
 * @param ownership     whose repository it is, when it is audited as part of a candidate's portfolio
 */
public record RepoMetadata(
        String id,
        Forge forge,
        Optional<String> commit,
        Optional<String> homepage,
        Optional<String> description,
        List<String> topics,
        boolean fork,
        boolean archived,
        Optional<Instant> createdAt,
        Optional<Instant> pushedAt,
        Optional<String> defaultBranch,
        Optional<String> folder,
        Optional<Ownership> ownership) {

    public RepoMetadata {
        topics = List.copyOf(topics);
        folder = folder.filter(f -> !f.isEmpty());
    }

    /** Metadata of a repository audited for no one in particular (no ownership). */
    public RepoMetadata(
            String id,
            Forge forge,
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
        this(
                id,
                forge,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder,
                Optional.empty());
    }

    /** Metadata of a repository whose web page, if it has one, is on GitHub (the forge hireable reads today). */
    public RepoMetadata(
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
        this(
                id,
                Forge.gitHub(webUrl),
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder);
    }

    /** The same, for a whole repository (no folder). */
    public RepoMetadata(
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
        this(
                id,
                webUrl,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                Optional.empty());
    }

    /** Metadata for a repository known only by name, e.g. a local directory without git. */
    public static RepoMetadata named(String id) {
        return new RepoMetadata(
                id,
                Forge.NONE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The repository's web page, if it has one. */
    public Optional<String> webUrl() {
        return forge.webUrl();
    }

    public RepoMetadata withId(String newId) {
        return new RepoMetadata(
                newId,
                forge,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder,
                ownership);
    }

    public RepoMetadata withForge(Forge newForge) {
        return new RepoMetadata(
                id,
                newForge,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder,
                ownership);
    }

    /** On GitHub at {@code newWebUrl}, or nowhere when it is empty. */
    public RepoMetadata withWebUrl(Optional<String> newWebUrl) {
        return withForge(Forge.gitHub(newWebUrl));
    }

    public RepoMetadata withOwnership(Ownership newOwnership) {
        return new RepoMetadata(
                id,
                forge,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder,
                Optional.of(newOwnership));
    }

    public RepoMetadata withCommit(Optional<String> newCommit) {
        return new RepoMetadata(
                id,
                forge,
                newCommit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                folder,
                ownership);
    }

    /** The same repository seen as the project in {@code subfolder} (relative to the current folder, if any). */
    public RepoMetadata withFolder(String subfolder) {
        String joined = folder.map(f -> f + "/" + subfolder).orElse(subfolder);
        return new RepoMetadata(
                id,
                forge,
                commit,
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                defaultBranch,
                Optional.of(joined),
                ownership);
    }

    /** The project's web page: the repository's, or its folder's at the audited commit. */
    public Optional<String> pageUrl() {
        return folder.isEmpty() ? forge.webUrl() : forge.folderUrl(ref(), folder.get());
    }

    /**
     * A link to a file (and line) at the audited commit, when the repository has a web page, e.g.
     * {@code https://github.com/o/n/blob/SHA/README.md#L42}; {@code "."} is the project itself.
     */
    public Optional<String> fileUrl(String path, int line) {
        if (path.equals(".")) {
            return pageUrl();
        }
        return forge.fileUrl(ref(), folder.map(f -> f + "/" + path).orElse(path), line);
    }

    private String ref() {
        return commit.or(() -> defaultBranch).orElse("HEAD");
    }
}
