package dev.hireable.report;

import java.util.Optional;

/**
 * HTML escaping for text that may come from a candidate's repository. Everything written into an HTML report goes
 * through here: text and attribute values are escaped, and only http(s) URLs ever become links.
 */
public final class Html {

    private Html() {}

    /** Text for an element's content or a quoted attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** An anchor to {@code url} when it is an http(s) URL, else the escaped label alone. */
    public static String link(String label, Optional<String> url) {
        Optional<String> safe = url.flatMap(SafeUrl::http);
        if (safe.isEmpty()) {
            return escape(label);
        }
        return "<a href=\"" + escape(safe.get()) + "\" rel=\"noopener noreferrer nofollow\">" + escape(label) + "</a>";
    }

    /** A link to a file the tool wrote beside the page (e.g. {@code candidates/alice.html}); anything else stays text. */
    public static String localLink(String label, String relativePath) {
        if (!SafeUrl.isLocalPath(relativePath)) {
            return escape(label);
        }
        return "<a href=\"" + escape(relativePath) + "\">" + escape(label) + "</a>";
    }
}
