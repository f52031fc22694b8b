package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reStructuredText well enough for the section checks: underlined (and overlined) titles with levels in order
 * of first use, paragraphs, literal and code blocks, grid tables, image and figure directives (a figure's caption
 * read with its alt text), and link targets.
 */
final class RstReader {

    private static final Pattern ADORNMENT = Pattern.compile("([=\\-~^\"'`#*+<>:._])\\1{2,}\\s*");
    private static final Pattern DIRECTIVE = Pattern.compile("\\.\\.\\s+(\\w[\\w-]*)::\\s*(.*)");
    private static final Pattern TARGET = Pattern.compile("\\.\\.\\s+_[^:]+:\\s*(\\S+)");
    private static final Pattern OPTION_ALT = Pattern.compile("\\s+:alt:\\s*(.*)");
    /** A directive option line ({@code :width: 400}); a figure's other indented lines are its caption. */
    private static final Pattern OPTION = Pattern.compile("\\s+:[\\w-]+:.*");

    private static final Pattern GRID_BORDER = Pattern.compile("\\s*\\+[-=+]+\\+\\s*");
    private static final Pattern GRID_ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    private static final Pattern EMBEDDED_LINK = Pattern.compile("`([^`<]*)<([^>`]+)>`_{1,2}");
    private static final Pattern ROLE = Pattern.compile(":[\\w-]+:`([^`]*)`");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|``|`_{0,2}|(?<!\\w)\\*|\\*(?!\\w)");

    TextDocument read(String source) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        TextDocument.Builder out = new TextDocument.Builder();
        List<String> styles = new ArrayList<>();
        TextDocument.LinedText paragraph = null;
        boolean literalNext = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            int lineNumber = i + 1;
            if (line.isBlank()) {
                literalNext =
                        paragraph != null && paragraph.text().stripTrailing().endsWith("::") || literalNext;
                paragraph = flush(paragraph, out);
                i++;
                continue;
            }
            if (literalNext && Character.isWhitespace(line.charAt(0))) {
                i = code(lines, i, out);
                literalNext = false;
                continue;
            }
            literalNext = false;
            if (isAdornment(line)
                    && i + 2 < lines.length
                    && !lines[i + 1].isBlank()
                    && isAdornment(lines[i + 2])
                    && lines[i + 2].charAt(0) == line.charAt(0)) {
                paragraph = flush(paragraph, out);
                out.heading(
                        level(styles, line.charAt(0) + "o"),
                        plain(lines[i + 1].strip(), lineNumber + 1, out),
                        lineNumber + 1);
                i += 3;
                continue;
            }
            if (!isAdornment(line)
                    && !Character.isWhitespace(line.charAt(0))
                    && i + 1 < lines.length
                    && isAdornment(lines[i + 1])
                    && lines[i + 1].strip().length() >= Math.min(3, line.strip().length())) {
                paragraph = flush(paragraph, out);
                out.heading(
                        level(styles, lines[i + 1].charAt(0) + "u"), plain(line.strip(), lineNumber, out), lineNumber);
                i += 2;
                continue;
            }
            if (isAdornment(line)) {
                paragraph = flush(paragraph, out);
                i++;
                continue;
            }
            if (line.startsWith("..")) {
                paragraph = flush(paragraph, out);
                i = directive(lines, i, out);
                continue;
            }
            if (GRID_BORDER.matcher(line).matches()) {
                paragraph = flush(paragraph, out);
                i = gridTable(lines, i, out);
                continue;
            }
            if (paragraph == null) {
                paragraph = new TextDocument.LinedText(lineNumber);
            } else {
                paragraph.lineBreak();
            }
            paragraph.append(plain(line.strip(), lineNumber, out), lineNumber);
            i++;
        }
        flush(paragraph, out);
        return out.build(source);
    }

    private static TextDocument.LinedText flush(TextDocument.LinedText paragraph, TextDocument.Builder out) {
        if (paragraph != null) {
            out.prose(paragraph);
        }
        return null;
    }

    private static boolean isAdornment(String line) {
        return ADORNMENT.matcher(line).matches();
    }

    private static int level(List<String> styles, String style) {
        if (!styles.contains(style)) {
            styles.add(style);
        }
        return styles.indexOf(style) + 1;
    }

    /** An indented block after {@code ::} or a code directive; returns the index of the first line after it. */
    private static int code(String[] lines, int start, TextDocument.Builder out) {
        int end = indentedEnd(lines, start);
        out.code(String.join("\n", Arrays.copyOfRange(lines, start, end)), start + 1);
        return end;
    }

    private static int indentedEnd(String[] lines, int start) {
        int end = start;
        while (end < lines.length && (lines[end].isBlank() || Character.isWhitespace(lines[end].charAt(0)))) {
            end++;
        }
        return end;
    }

    private static int directive(String[] lines, int start, TextDocument.Builder out) {
        String line = lines[start];
        int end = indentedEnd(lines, start + 1);
        Matcher target = TARGET.matcher(line);
        Matcher directive = DIRECTIVE.matcher(line);
        if (target.matches()) {
            out.link(start + 1, target.group(1));
        } else if (directive.matches()) {
            String name = directive.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("image") || name.equals("figure")) {
                StringBuilder alt = new StringBuilder();
                for (int i = start + 1; i < end; i++) {
                    Matcher option = OPTION_ALT.matcher(lines[i]);
                    if (option.matches()) {
                        alt.append(option.group(1)).append(' ');
                    } else if (name.equals("figure")
                            && !OPTION.matcher(lines[i]).matches()) {
                        alt.append(lines[i].strip()).append(' ');
                    }
                }
                out.image(start + 1, alt.toString().strip(), directive.group(2).strip());
            } else if (name.startsWith("code") || name.equals("sourcecode") || name.equals("literalinclude")) {
                out.code(String.join("\n", Arrays.copyOfRange(lines, start + 1, end)), start + 2);
            }
        }
        return end;
    }

    private static int gridTable(String[] lines, int start, TextDocument.Builder out) {
        int table = out.newTable();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int headerRows = 0;
        int i = start;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (GRID_BORDER.matcher(line).matches()) {
                if (line.contains("=") && headerRows == 0) {
                    headerRows = rows.size();
                }
            } else if (GRID_ROW.matcher(line).matches()) {
                String inner = line.strip();
                List<String> cells = new ArrayList<>();
                for (String cell : inner.substring(1, inner.length() - 1).split("\\|", -1)) {
                    cells.add(plain(cell.strip(), i + 1, out));
                }
                rows.add(cells);
                rowLines.add(i + 1);
            } else {
                break;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.tableRow(table, r < headerRows, rows.get(r), rowLines.get(r));
        }
        return i;
    }

    /** Inline markup removed; embedded link targets recorded. */
    private static String plain(String text, int line, TextDocument.Builder out) {
        Matcher link = EMBEDDED_LINK.matcher(text);
        StringBuilder withoutLinks = new StringBuilder();
        while (link.find()) {
            out.link(line, link.group(2).strip());
            link.appendReplacement(
                    withoutLinks, Matcher.quoteReplacement(link.group(1).strip()));
        }
        link.appendTail(withoutLinks);
        String withoutRoles = ROLE.matcher(withoutLinks).replaceAll("$1");
        return MARKUP.matcher(withoutRoles).replaceAll("");
    }
}
