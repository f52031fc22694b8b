package dev.hireable.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding was seen: a file and line with a snippet, or a URL.
 *
 * @param line       1-based; 0 when the evidence is the whole file
 * @param url        a link to the file and line at the audited commit, or the live URL itself
 * @param supporting true when it comes from a document the README links to rather than the README itself
 */
public record Evidence(
        Optional<String> path, int line, Optional<String> snippet, Optional<String> url, boolean supporting) {

    private static final int MAX_SNIPPET = 200;

    public Evidence {
        snippet = snippet.map(Evidence::trimSnippet).filter(s -> !s.isEmpty());
        if (path.isEmpty() && url.isEmpty()) {
            throw new IllegalArgumentException("evidence needs a path or a URL");
        }
    }

    // equals and hashCode written out, as for every record used as a key in an audit: a record's generated ones are
    // linked through method handles on their first call, milliseconds of a fresh JVM's start (README, Benchmarks)
    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence e
                && e.line == line
                && e.supporting == supporting
                && e.path.equals(path)
                && e.snippet.equals(snippet)
                && e.url.equals(url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, line, snippet, url, supporting);
    }

    public static Evidence file(String path) {
        return new Evidence(Optional.of(path), 0, Optional.empty(), Optional.empty(), false);
    }

    public static Evidence line(String path, int line, String snippet) {
        return new Evidence(Optional.of(path), line, Optional.ofNullable(snippet), Optional.empty(), false);
    }

    public static Evidence link(String url) {
        return new Evidence(Optional.empty(), 0, Optional.empty(), Optional.of(url), false);
    }

    public Evidence withUrl(Optional<String> newUrl) {
        return new Evidence(path, line, snippet, newUrl, supporting);
    }

    public Evidence asSupporting() {
        return new Evidence(path, line, snippet, url, true);
    }

    private static String trimSnippet(String snippet) {
        String oneLine = oneSpaceApart(snippet.strip());
        return oneLine.length() <= MAX_SNIPPET ? oneLine : oneLine.substring(0, MAX_SNIPPET - 1) + "…";
    }

    /**
     * Every run of whitespace ({@code \s}: space, tab, line breaks, vertical tab, form feed) as one space; the text
     * itself when it has none to change (most snippets, made again for every stored result read).
     */
    static String oneSpaceApart(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isWhitespace(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
