package dev.hireable.snapshot;

import java.util.Optional;

/**
 * Where a repository lives on the web and how its pages and files are linked there. The links a report shows are
 * built here and nowhere else, so a new code host is one more implementation.
 */
public sealed interface Forge permits Forge.None, Forge.GitHub {

    /** A repository with no known web page (a local folder without a known remote): nothing is linked. */
    Forge NONE = new None();

    /** A repository on GitHub or GitHub Enterprise, e.g. {@code https://github.com/owner/name}. */
    static Forge gitHub(String webUrl) {
        return new GitHub(webUrl);
    }

    /** {@link #gitHub(String)} when there is a web page, else {@link #NONE}. */
    static Forge gitHub(Optional<String> webUrl) {
        return webUrl.<Forge>map(GitHub::new).orElse(NONE);
    }

    /** The repository's web page. */
    Optional<String> webUrl();

    /** The page of a folder at a commit or branch. */
    Optional<String> folderUrl(String ref, String folder);

    /** A file, and a line of it when {@code line > 0}, at a commit or branch. */
    Optional<String> fileUrl(String ref, String path, int line);

    record None() implements Forge {
        @Override
        public Optional<String> webUrl() {
            return Optional.empty();
        }

        @Override
        public Optional<String> folderUrl(String ref, String folder) {
            return Optional.empty();
        }

        @Override
        public Optional<String> fileUrl(String ref, String path, int line) {
            return Optional.empty();
        }
    }

    /** GitHub's links: {@code WEB/tree/REF/FOLDER} and {@code WEB/blob/REF/PATH#L42}. */
    record GitHub(String page) implements Forge {
        public GitHub {
            if (page == null || page.isBlank()) {
                throw new IllegalArgumentException("a GitHub repository needs its web page");
            }
            page = page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
        }

        @Override
        public Optional<String> webUrl() {
            return Optional.of(page);
        }

        @Override
        public Optional<String> folderUrl(String ref, String folder) {
            return Optional.of(page + "/tree/" + ref + "/" + UrlPaths.encode(folder));
        }

        @Override
        public Optional<String> fileUrl(String ref, String path, int line) {
            return Optional.of(page + "/blob/" + ref + "/" + UrlPaths.encode(path) + (line > 0 ? "#L" + line : ""));
        }
    }
}
