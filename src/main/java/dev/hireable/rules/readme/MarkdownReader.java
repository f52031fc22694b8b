package dev.hireable.rules.readme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads Markdown (CommonMark with GFM tables, inline and block HTML included) into a {@link TextDocument}. */
final class MarkdownReader {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern IN_PAGE_ANCHOR =
            Pattern.compile("<a\\b[^>]*\\bhref\\s*=\\s*[\"']#[^>]*>.*?</a>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR =
            Pattern.compile("<a\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK =
            Pattern.compile("<br\\s*/?>|</?p>|</li>|</tr>|</h\\d>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOC_PATH =
            Pattern.compile("[\\w.\\-/]+\\.(md|markdown|rst)", Pattern.CASE_INSENSITIVE);

    /** Bold text that opens a paragraph and is this short reads as a heading ("**Results:** ..."). */
    private static final int MAX_LABEL_WORDS = 8;
    /** Headings read from bold labels sit below every Markdown level: they end at the next heading of any level. */
    static final int LABEL_LEVEL = 7;

    private static final Pattern HTML_HEADING_OPEN = Pattern.compile("<h([1-6])\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_INFO = Pattern.compile("\\s*(markdown|md)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    TextDocument read(String source) {
        TextDocument.Builder out = new TextDocument.Builder();
        new Walker(out, 0, false).block(parser.parse(source));
        return out.build(source);
    }

    /** Walks a parsed document; {@code offset} lines are added to every line (for a part parsed on its own). */
    private final class Walker {
        private final TextDocument.Builder out;
        private final int offset;
        private final boolean reparsed;

        Walker(TextDocument.Builder out, int offset, boolean reparsed) {
            this.out = out;
            this.offset = offset;
            this.reparsed = reparsed;
        }

        void block(Node node) {
            if (node instanceof Heading heading) {
                TextDocument.LinedText text = new TextDocument.LinedText(line(heading));
                inlines(heading, text);
                out.heading(heading.getLevel(), text.text().replace('\n', ' '), line(heading));
            } else if (node instanceof Paragraph) {
                if (!(node.getParent() instanceof ListItem)) {
                    label(node).ifPresent(label -> out.heading(LABEL_LEVEL, label, line(node)));
                }
                TextDocument.LinedText text = new TextDocument.LinedText(line(node));
                inlines(node, text);
                out.prose(text);
            } else if (node instanceof FencedCodeBlock code) {
                fencedCode(code);
            } else if (node instanceof IndentedCodeBlock code) {
                out.code(code.getLiteral(), line(code));
            } else if (node instanceof HtmlBlock html) {
                html(html.getLiteral(), line(html), out);
            } else if (node instanceof TableBlock) {
                table(node);
            } else if (!(node instanceof ThematicBreak) && !(node instanceof LinkReferenceDefinition)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child);
                }
            }
        }

        /**
         * A fence that is never closed runs to the end of the file, but the author meant the code to end at the first
         * blank line (GitHub shows the rest as code, a reader still reads it): the rest is read as Markdown, once. A
         * README wrapped whole in a {@code ```markdown} fence (pasted from a chat assistant) is read as Markdown too.
         */
        private void fencedCode(FencedCodeBlock code) {
            String literal = code.getLiteral();
            if (!reparsed && MARKDOWN_INFO.matcher(code.getInfo()).matches() && out.isEmpty()) {
                new Walker(out, line(code), true).block(parser.parse(literal));
                return;
            }
            Matcher blank = BLANK_LINE.matcher(literal);
            if (code.getClosingFenceLength() != null || reparsed || !blank.find()) {
                out.code(literal, line(code));
                return;
            }
            out.code(literal.substring(0, blank.start()), line(code));
            String rest = literal.substring(blank.end());
            int restLine = line(code)
                    + 1
                    + (int) literal.chars()
                            .limit(blank.end())
                            .filter(c -> c == '\n')
                            .count();
            new Walker(out, restLine - 1, true).block(parser.parse(rest));
        }

        private void table(Node table) {
            int id = out.newTable();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                boolean header = section instanceof TableHead;
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            TextDocument.LinedText text = new TextDocument.LinedText(line(row));
                            inlines(cell, text);
                            cells.add(text.text().replace('\n', ' ').strip());
                        }
                    }
                    out.tableRow(id, header, cells, line(row));
                }
            }
        }

        private void inlines(Node parent, TextDocument.LinedText text) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text plain) {
                    text.append(plain.getLiteral(), line(node));
                } else if (node instanceof Code code) {
                    text.append(code.getLiteral(), line(node));
                    if (DOC_PATH.matcher(code.getLiteral().strip()).matches()) {
                        out.link(line(node), code.getLiteral().strip());
                    }
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    text.lineBreak();
                } else if (node instanceof Image image) {
                    TextDocument.LinedText alt = new TextDocument.LinedText(line(node));
                    inlines(image, alt);
                    out.image(line(node), alt.text(), image.getDestination());
                } else if (node instanceof Link link) {
                    out.link(line(node), link.getDestination());
                    if (!link.getDestination().startsWith("#")) {
                        inlines(link, text);
                    }
                } else if (node instanceof HtmlInline html) {
                    inlineHtml(html.getLiteral(), line(node), text, out);
                } else {
                    inlines(node, text);
                }
            }
        }

        private int line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + offset;
        }
    }

    /**
     * The label of a paragraph (not a list item: "- **Model**: XGBoost" describes, it opens no section) that reads as
     * a heading: short bold text that is all of the paragraph ("**Results**") or is followed by a colon
     * ("**Limitations:** the model ..."), or a short line that is no sentence right before a list ("Next steps" over
     * "- add drift monitoring").
     */
    private static Optional<String> label(Node paragraph) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
            return lineOverList(paragraph);
        }
        String label = plainText(strong).strip();
        Node next = strong.getNext();
        boolean alone = next == null
                || next instanceof SoftLineBreak
                || next instanceof HardLineBreak
                || next instanceof Text text && text.getLiteral().strip().equals(":") && text.getNext() == null;
        boolean leadIn = label.endsWith(":")
                || label.endsWith("：")
                || next instanceof Text text
                        && (text.getLiteral().startsWith(":")
                                || text.getLiteral().startsWith("："));
        String words = label.replaceAll("[:：]\\s*$", "").strip();
        if (!(alone || leadIn) || words.isEmpty() || words.split("\\s+").length > MAX_LABEL_WORDS) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    private static Optional<String> lineOverList(Node paragraph) {
        if (!(paragraph.getNext() instanceof ListBlock)
                || paragraph.getFirstChild() != paragraph.getLastChild()
                || !(paragraph.getFirstChild() instanceof Text text)) {
            return Optional.empty();
        }
        String line = text.getLiteral().strip().replaceAll("[:：]$", "").strip();
        return line.isEmpty() || SENTENCE_END.matcher(line).find() || line.split("\\s+").length > MAX_LABEL_WORDS
                ? Optional.empty()
                : Optional.of(line);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text plain) {
                text.append(plain.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private static void inlineHtml(String html, int line, TextDocument.LinedText text, TextDocument.Builder out) {
        if (BREAK.matcher(html).matches()) {
            text.lineBreak();
        }
        htmlReferences(html, line, out);
    }

    /**
     * A block of raw HTML: comments dropped, images and links kept, tags stripped line by line; a line holding an
     * {@code <h1>}..{@code <h6>} element is a heading.
     */
    private static void html(String literal, int firstLine, TextDocument.Builder out) {
        String[] lines = blankComments(literal).split("\n", -1);
        int segment = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher open = HTML_HEADING_OPEN.matcher(lines[i]);
            int close = open.find() ? closingTag(lines[i], open.end()) : -1;
            if (close >= 0) {
                htmlProse(lines, segment, i, firstLine, out);
                String text = unescape(TAG.matcher(lines[i].substring(open.end(), close))
                                .replaceAll(" "))
                        .strip();
                if (!text.isEmpty()) {
                    out.heading(Integer.parseInt(open.group(1)), text, firstLine + i);
                }
                segment = i + 1;
            }
        }
        htmlProse(lines, segment, lines.length, firstLine, out);
    }

    /** Where the first closing heading tag ({@code </h2>}, in any case) starts at or after {@code from}, or -1. */
    private static int closingTag(String line, int from) {
        int lower = line.indexOf("</h", from);
        int upper = line.indexOf("</H", from);
        return lower < 0 || upper < 0 ? Math.max(lower, upper) : Math.min(lower, upper);
    }

    /** Lines [from, to) of an HTML block as one prose block, with their images and links. */
    private static void htmlProse(String[] lines, int from, int to, int firstLine, TextDocument.Builder out) {
        if (from >= to) {
            return;
        }
        htmlReferences(String.join("\n", Arrays.copyOfRange(lines, from, to)), firstLine + from, out);
        TextDocument.LinedText text = new TextDocument.LinedText(firstLine + from);
        for (int i = from; i < to; i++) {
            String withoutNavigation = IN_PAGE_ANCHOR.matcher(lines[i]).replaceAll(" ");
            String stripped = TAG.matcher(BREAK.matcher(withoutNavigation).replaceAll(" "))
                    .replaceAll(" ")
                    .strip();
            text.append(unescape(stripped), firstLine + i);
            text.lineBreak();
        }
        out.prose(text);
    }

    private static void htmlReferences(String html, int firstLine, TextDocument.Builder out) {
        if (html.indexOf('<') < 0) {
            return;
        }
        LineStarts lines = LineStarts.of(html);
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            String tag = img.group();
            Matcher src = SRC.matcher(tag);
            Matcher alt = ALT.matcher(tag);
            if (src.find()) {
                out.image(firstLine + lines.lineOf(img.start()), alt.find() ? alt.group(1) : "", src.group(1));
            }
        }
        Matcher anchor = ANCHOR.matcher(html);
        while (anchor.find()) {
            out.link(firstLine + lines.lineOf(anchor.start()), anchor.group(1));
        }
    }

    private static String blankComments(String html) {
        Matcher comment = COMMENT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(out, comment.group().replaceAll("[^\n]", ""));
        }
        comment.appendTail(out);
        return out.toString();
    }

    private static String unescape(String text) {
        return text.replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
