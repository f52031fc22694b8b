package dev.hireable.rules.readme;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.snapshot.FileTree;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documents a README links to by relative link (or by a link to the same repository on GitHub, or by naming the
 * path in code), resolved against the README's folder, kept when they exist in the tree and have a document
 * extension.
 */
final class LinkedDocuments {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final ReadmeVocabulary.LinkedDocs settings;
    private final List<RulePattern> ignoredNames;

    LinkedDocuments(ReadmeVocabulary.LinkedDocs settings) {
        this.settings = settings;
        this.ignoredNames = settings.ignoredNames();
    }

    /** The repository paths of the documents {@code readme} links to, in order of first link, at most the limit. */
    List<String> paths(TextDocument readme, String readmePath, FileTree tree, Optional<String> webUrl) {
        String folder = readmePath.contains("/") ? readmePath.substring(0, readmePath.lastIndexOf('/')) : "";
        Set<String> found = new LinkedHashSet<>();
        for (TextDocument.Link link : readme.links()) {
            if (found.size() >= settings.max()) {
                break;
            }
            resolve(link.target(), folder, webUrl)
                    .filter(path -> !path.equals(readmePath) && tree.contains(path) && wanted(path))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private boolean wanted(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return settings.extensions().contains(extension)
                && ignoredNames.stream().noneMatch(p -> p.matcher(name).find());
    }

    static Optional<String> resolve(String target, String folder, Optional<String> webUrl) {
        String link = target.strip();
        if (link.startsWith("<") && link.endsWith(">")) {
            link = link.substring(1, link.length() - 1);
        }
        link = cut(cut(link, '#'), '?');
        if (link.isEmpty()) {
            return Optional.empty();
        }
        boolean fromRoot = link.startsWith("/");
        if (webUrl.isPresent()
                && (link.startsWith(webUrl.get() + "/blob/") || link.startsWith(webUrl.get() + "/tree/"))) {
            String afterKind = link.substring(webUrl.get().length() + "/blob/".length());
            int slash = afterKind.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            link = afterKind.substring(slash + 1);
            fromRoot = true;
        } else if (SCHEME.matcher(link).find()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = link;
        }
        return normalize(fromRoot || folder.isEmpty() ? decoded : folder + "/" + decoded);
    }

    private static String cut(String link, char at) {
        int index = link.indexOf(at);
        return index < 0 ? link : link.substring(0, index);
    }

    private static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", new ArrayList<>(parts)));
    }
}
