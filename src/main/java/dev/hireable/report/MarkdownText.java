package dev.hireable.report;

import java.util.Optional;

/**
 * Markdown escaping for text that may come from a candidate's repository: Markdown syntax and raw HTML are escaped
 * so that the text renders as written, and only http(s) URLs ever become links.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_{}[]()#!|~";
    /** Breaks GitHub @-mentions (which would notify someone) without changing what a reader sees. */
    private static final String WORD_JOINER = "\u2060";

    private static final java.util.regex.Pattern NUMBERED_ITEM = java.util.regex.Pattern.compile("^(\\d+)([.)])");
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\t]+");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private MarkdownText() {}

    /** Plain text: every character Markdown or HTML would interpret is backslash-escaped or entity-encoded. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20) {
                out.append('\uFFFD');
            } else if (c == '@') {
                out.append('@').append(WORD_JOINER);
            } else if (c < 0x80 && SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        // at the start of a line these would open a list, a heading rule or a numbered item
        if (!out.isEmpty() && "-+=".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        return out.isEmpty() || !Character.isDigit(out.charAt(0))
                ? out.toString()
                : NUMBERED_ITEM.matcher(out).replaceFirst("$1\\\\$2");
    }

    /** An inline code span holding {@code text} verbatim (code spans never interpret HTML or Markdown). */
    public static String code(String text) {
        String oneLine =
                CONTROL.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll("\uFFFD");
        // a table cell ends at an unescaped pipe even inside a code span, so pipes are escaped in every span
        String body = oneLine.replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = body.startsWith("`") || body.endsWith("`") || body.isBlank();
        return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
    }

    /** A link when the URL is http(s), else the escaped label alone. */
    public static String link(String label, Optional<String> url) {
        Optional<String> safe = url.flatMap(SafeUrl::http);
        return safe.map(u -> "[" + escape(label) + "](" + u + ")").orElseGet(() -> escape(label));
    }

    /** A link to a file the tool wrote beside the page (e.g. {@code candidates/alice.md}); anything else stays text. */
    public static String localLink(String label, String relativePath) {
        return SafeUrl.isLocalPath(relativePath) ? "[" + escape(label) + "](" + relativePath + ")" : escape(label);
    }
}
