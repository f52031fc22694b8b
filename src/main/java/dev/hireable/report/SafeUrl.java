package dev.hireable.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Decides which URLs may become links in a report: absolute http(s) URLs with a host, nothing else. */
public final class SafeUrl {

    private SafeUrl() {}

    /**
     * The URL, normalised to a form that is safe inside a Markdown link destination or an HTML attribute, when it
     * is an http or https URL with a host; empty for {@code javascript:}, {@code data:}, relative and malformed URLs.
     */
    public static Optional<String> http(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        if (trimmed.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        // characters that could end a Markdown link destination or break out of an attribute
        return Optional.of(trimmed.replace("(", "%28")
                .replace(")", "%29")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("\"", "%22")
                .replace("'", "%27")
                .replace("`", "%60")
                .replace("\\", "%5C"));
    }

    /** A relative path of plain file-name characters, with no parent step: safe as a link to a file beside a report. */
    public static boolean isLocalPath(String path) {
        return path != null
                && path.matches("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*")
                && !path.contains("..");
    }
}
