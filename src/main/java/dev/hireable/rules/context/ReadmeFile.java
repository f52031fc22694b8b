package dev.hireable.rules.context;

import java.util.Optional;

/**
 * The repository's README as found by {@link RepoContext#readme()}.
 *
 * @param text       the decoded text, empty when the file could not be read
 * @param problem    why there is no text (binary, too large, unreadable), if there is none
 * @param readFailed true when the text is missing through no fault of the README (a failed download, a spent read
 *                   budget): what it covers is unknown, not failed
 */
public record ReadmeFile(String path, String text, Optional<String> problem, boolean readFailed) {

    public ReadmeFile(String path, String text, Optional<String> problem) {
        this(path, text, problem, false);
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    public boolean markdown() {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown");
    }
}
