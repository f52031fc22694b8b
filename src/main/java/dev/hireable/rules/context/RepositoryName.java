package dev.hireable.rules.context;

import dev.hireable.snapshot.RepoMetadata;
import java.util.Locale;

/**
 * Whether a name found in the repository's text (a clone link, a project page) is the repository's own name. The
 * name is the part of the id after the owner ({@code owner/NAME} or {@code owner/NAME:folder}); a local folder without
 * a remote is known only by its folder's name, which a checkout may prefix ({@code owner__NAME}), so there a folder
 * name that ends in the name after a separator also counts.
 */
public final class RepositoryName {

    private RepositoryName() {}

    public static boolean is(RepoMetadata metadata, String name) {
        String id = metadata.id();
        String own = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        String candidate = name.toLowerCase(Locale.ROOT);
        candidate = candidate.endsWith(".git") ? candidate.substring(0, candidate.length() - 4) : candidate;
        if (candidate.isEmpty()) {
            return false;
        }
        if (own.contains("/")) {
            return own.substring(own.indexOf('/') + 1).equalsIgnoreCase(candidate);
        }
        String folder = own.toLowerCase(Locale.ROOT);
        return folder.equals(candidate)
                || folder.endsWith(candidate)
                        && !Character.isLetterOrDigit(folder.charAt(folder.length() - candidate.length() - 1));
    }
}
