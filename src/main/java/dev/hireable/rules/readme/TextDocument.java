package dev.hireable.rules.readme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A README (or a document it links to) reduced to what the section checks read, whatever its format: headings with
 * levels, prose, table rows, code, images and links, each with its 1-based line in the file.
 */
final class TextDocument {

    enum Kind {
        HEADING,
        PROSE,
        TABLE_ROW,
        CODE
    }

    /**
     * One block. Prose keeps its line breaks as {@code '\n'} so that offsets map back to lines.
     *
     * @param table  the table a row belongs to, -1 for other blocks
     * @param header whether a table row is the header row
     */
    record Block(
            Kind kind,
            String text,
            int line,
            int level,
            List<String> cells,
            int table,
            boolean header,
            LineMarks marks) {

        Block {
            cells = List.copyOf(cells);
        }

        /** The line of the character at {@code offset} in {@link #text()}. */
        int lineAt(int offset) {
            return marks.lineAt(offset, line);
        }
    }

    /** An image: its alt text and target (a path or URL), and the block it sits in. */
    record Image(int block, int line, String alt, String target) {}

    /** A link target (a path or URL), and the block it sits in. */
    record Link(int block, int line, String target) {}

    /** Which line each stretch of a block's text came from. */
    static final class LineMarks {
        private final int[] offsets;
        private final int[] lines;

        LineMarks(int[] offsets, int[] lines) {
            this.offsets = offsets;
            this.lines = lines;
        }

        static LineMarks none() {
            return new LineMarks(new int[0], new int[0]);
        }

        int lineAt(int offset, int fallback) {
            int index = Arrays.binarySearch(offsets, offset);
            if (index < 0) {
                index = -index - 2;
            }
            return index < 0 ? fallback : lines[index];
        }
    }

    private final List<Block> blocks;
    private final List<Image> images;
    private final List<Link> links;
    private final String[] sourceLines;
    private final int[] sectionEnds;
    private final int title;

    TextDocument(List<Block> blocks, List<Image> images, List<Link> links, String source) {
        this.blocks = List.copyOf(blocks);
        this.images = List.copyOf(images);
        this.links = List.copyOf(links);
        this.sourceLines = source.split("\r\n|\r|\n", -1);
        this.sectionEnds = sectionEnds(this.blocks);
        this.title = title(this.blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Image> images() {
        return images;
    }

    List<Link> links() {
        return links;
    }

    /** The images in blocks [from, to), in document order; up to the end of the document, those after its last block. */
    List<Image> imagesIn(int from, int to) {
        return images.subList(firstImageAt(from), to >= blocks.size() ? images.size() : firstImageAt(to));
    }

    private int firstImageAt(int block) {
        int low = 0;
        int high = images.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (images.get(mid).block() < block) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of the document's title heading (its first heading when it is top-level), or -1. */
    int title() {
        return title;
    }

    /** The end (exclusive) of the section a heading opens: the next heading of the same or a higher level. */
    int sectionEnd(int heading) {
        return sectionEnds[heading];
    }

    /** The source line as written, for evidence snippets. */
    String sourceLine(int line) {
        return line >= 1 && line <= sourceLines.length ? sourceLines[line - 1] : "";
    }

    private static int[] sectionEnds(List<Block> blocks) {
        int[] ends = new int[blocks.size()];
        Arrays.fill(ends, blocks.size());
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() != Kind.HEADING) {
                continue;
            }
            while (!open.isEmpty() && blocks.get(open.peek()).level() >= block.level()) {
                ends[open.pop()] = i;
            }
            open.push(i);
        }
        return ends;
    }

    /**
     * The title: the first heading when nothing but blank text comes before it and it is level 1 or the only heading
     * of its level (a README whose sections are all "##" has no title among them).
     */
    private static int title(List<Block> blocks) {
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.HEADING) {
                first = i;
            } else if (!block.text().isBlank()) {
                return -1;
            }
        }
        if (first < 0 || blocks.get(first).level() >= MarkdownReader.LABEL_LEVEL) {
            return -1;
        }
        int level = blocks.get(first).level();
        boolean alone = true;
        for (int i = first + 1; i < blocks.size() && alone; i++) {
            alone = blocks.get(i).kind() != Kind.HEADING || blocks.get(i).level() != level;
        }
        return level == 1 || alone ? first : -1;
    }

    /** Collects blocks, images and links while a reader walks a file. */
    static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private int tables;
        private boolean content;

        void heading(int level, String text, int line) {
            content = true;
            blocks.add(new Block(Kind.HEADING, text.strip(), line, level, List.of(), -1, false, LineMarks.none()));
        }

        void code(String text, int line) {
            content = true;
            blocks.add(new Block(Kind.CODE, text, line, 0, List.of(), -1, false, LineMarks.none()));
        }

        /** Adds prose even when blank, so images and links inside it stay in its section. */
        void prose(LinedText text) {
            content |= !text.text().isBlank();
            blocks.add(new Block(Kind.PROSE, text.text(), text.firstLine(), 0, List.of(), -1, false, text.marks()));
        }

        /** Whether nothing but blank text has been read yet. */
        boolean isEmpty() {
            return !content;
        }

        int newTable() {
            return tables++;
        }

        void tableRow(int table, boolean header, List<String> cells, int line) {
            content = true;
            String text = String.join(" | ", cells);
            blocks.add(new Block(Kind.TABLE_ROW, text, line, 0, cells, table, header, LineMarks.none()));
        }

        void image(int line, String alt, String target) {
            content = true;
            images.add(new Image(blocks.size(), line, alt, target));
        }

        void link(int line, String target) {
            links.add(new Link(blocks.size(), line, target));
        }

        TextDocument build(String source) {
            return new TextDocument(blocks, images, links, source);
        }
    }

    /** Text assembled piece by piece, remembering the source line of each piece. */
    static final class LinedText {
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> marks = new ArrayList<>();
        private final int firstLine;

        LinedText(int firstLine) {
            this.firstLine = firstLine;
        }

        void append(String piece, int line) {
            if (piece.isEmpty()) {
                return;
            }
            if (line > 0 && (marks.isEmpty() || marks.get(marks.size() - 1)[1] != line)) {
                marks.add(new int[] {text.length(), line});
            }
            text.append(piece);
        }

        void lineBreak() {
            text.append('\n');
        }

        String text() {
            return text.toString();
        }

        int firstLine() {
            return marks.isEmpty() ? firstLine : marks.get(0)[1];
        }

        LineMarks marks() {
            int[] offsets = new int[marks.size()];
            int[] lines = new int[marks.size()];
            for (int i = 0; i < marks.size(); i++) {
                offsets[i] = marks.get(i)[0];
                lines[i] = marks.get(i)[1];
            }
            return new LineMarks(offsets, lines);
        }
    }
}
