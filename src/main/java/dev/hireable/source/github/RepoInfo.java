package dev.hireable.source.github;

import dev.hireable.snapshot.Forge;
import dev.hireable.snapshot.RepoMetadata;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.kohsuke.github.GHRepository;

/**
 * What GitHub says about a repository before any of it is read: the fields of its JSON in a listing or a single
 * GET. Building it sends no request (github-api getters that would are not used).
 */
record RepoInfo(
        String owner,
        String name,
        String htmlUrl,
        Optional<String> description,
        Optional<String> homepage,
        List<String> topics,
        boolean fork,
        boolean archived,
        Optional<Instant> createdAt,
        Optional<Instant> pushedAt,
        String defaultBranch,
        int sizeKb,
        GHRepository api) {

    RepoInfo {
        topics = List.copyOf(topics);
    }

    static RepoInfo of(GHRepository repo, TopicsTap topics) {
        String owner = repo.getOwnerName();
        String fullName = repo.getFullName();
        URL html = repo.getHtmlUrl();
        return new RepoInfo(
                owner,
                repo.getName(),
                html == null ? "" : html.toString(),
                text(repo.getDescription()),
                text(repo.getHomepage()),
                topics.topics(fullName).orElse(List.of()),
                repo.isFork(),
                repo.isArchived(),
                instant(created(repo)),
                instant(repo.getPushedAt()),
                Optional.ofNullable(repo.getDefaultBranch())
                        .filter(b -> !b.isBlank())
                        .orElse("main"),
                repo.getSize(),
                repo);
    }

    String fullName() {
        return owner + "/" + name;
    }

    RepoRef ref() {
        return new RepoRef(owner, name, Optional.empty());
    }

    /** The snapshot metadata for the repository, or for a folder of it. */
    RepoMetadata metadata(RepoRef ref, String commit) {
        Forge forge = htmlUrl.isBlank() ? Forge.NONE : Forge.gitHub(htmlUrl);
        return new RepoMetadata(
                ref.id(),
                forge,
                Optional.of(commit),
                homepage,
                description,
                topics,
                fork,
                archived,
                createdAt,
                pushedAt,
                Optional.of(defaultBranch),
                ref.path());
    }

    private static Date created(GHRepository repo) {
        try {
            return repo.getCreatedAt();
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
