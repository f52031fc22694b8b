package dev.hireable.source.github;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository named on the command line or in .hireable.yml: {@code OWNER/NAME}, or {@code OWNER/NAME:path} for a
 * project in a folder of a larger repository. A GitHub web URL of the repository is accepted too.
 */
public record RepoRef(String owner, String name, Optional<String> path) {

    private static final Pattern FORM = Pattern.compile(
            "(?:https?://[^/]+/)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100}?)(?:\\.git)?/?(?::(.+))?");

    public RepoRef {
        path = path.map(p -> p.replace('\\', '/').replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty());
        if (path.isPresent() && (path.get().contains("..") || path.get().startsWith("."))) {
            throw new IllegalArgumentException(
                    "the folder '" + path.get() + "' must be a plain path inside the repository");
        }
    }

    /** Parses {@code OWNER/NAME[:path]}; empty when the text has another shape. */
    public static Optional<RepoRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()
                || matcher.group(2).equals(".")
                || matcher.group(2).equals("..")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RepoRef(matcher.group(1), matcher.group(2), Optional.ofNullable(matcher.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String fullName() {
        return owner + "/" + name;
    }

    /** The id reported: {@code owner/name} or {@code owner/name:path}. */
    public String id() {
        return fullName() + path.map(p -> ":" + p).orElse("");
    }

    /** The repository itself, without a folder. */
    public RepoRef repository() {
        return new RepoRef(owner, name, Optional.empty());
    }

    /** Case-insensitive key: GitHub names are case-insensitive. */
    String key() {
        return id().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
