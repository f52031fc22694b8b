package dev.hireable.rules.context;

import java.util.Optional;

/**
 * The repository's README as found by {@link RepoContext#readme()}.
 *
 * @param text the decoded text, empty when the file could not be read
 * @param problem why there is no text (binary, too large, unreadable), if there is none
 */
public record ReadmeFile(String path, String text, Optional<String> problem) {

    public boolean readable() {
        return problem.isEmpty();
    }

    public boolean markdown() {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown");
    }
}
