package dev.hireable.rules.readme;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the reader for a document by its extension: Markdown, reStructuredText, or for {@code .txt} and files
 * without an extension, whichever the text looks like (many README.txt files are Markdown).
 */
final class DocumentReader {

    private static final Pattern MARKDOWN_SIGNS =
            Pattern.compile("(?m)^(#{1,6}\\s+\\S|```|~~~|\\|.*\\|\\s*$)|\\]\\([^)\\s]+\\)|!\\[");
    private static final Pattern UNDERLINED_TITLE = Pattern.compile("(?m)^\\S.*\\R([=\\-~^\"'`#*+])\\1{2,}\\s*$");

    private final MarkdownReader markdown = new MarkdownReader();
    private final RstReader rst = new RstReader();
    private final PlainTextReader plain = new PlainTextReader();

    TextDocument read(String path, String text) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")
                || lower.endsWith(".markdown")
                || lower.endsWith(".mdown")
                || lower.endsWith(".mkd")) {
            return markdown.read(text);
        }
        if (lower.endsWith(".rst") || lower.endsWith(".rest")) {
            return rst.read(text);
        }
        if (MARKDOWN_SIGNS.matcher(text).find()) {
            return markdown.read(text);
        }
        if (UNDERLINED_TITLE.matcher(text).find()) {
            return rst.read(text);
        }
        return plain.read(text);
    }
}
