package dev.hireable.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Word wrapping for a terminal: lines break between words only, so a URL or a path is never split (a word longer
 * than the line gets a line of its own); ANSI colour codes take no width; a hanging indent lines up continuation
 * lines under the text.
 */
public final class TextWrap {

    /** The width when none is known (output piped to a file or another program). */
    public static final int DEFAULT_WIDTH = 100;
    /** Narrower than this, wrapping would leave a word or two a line; such a width is raised to it. */
    public static final int MIN_WIDTH = 40;

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    private final int width;

    public TextWrap(int width) {
        this.width = Math.max(MIN_WIDTH, width);
    }

    public int width() {
        return width;
    }

    /**
     * {@code text} wrapped to the width: the first line starts with {@code first}, the others with {@code next}
     * (usually spaces as wide as {@code first}). Runs of spaces inside a line are kept, so padded columns stay aligned.
     */
    public List<String> wrap(String first, String next, String text) {
        return items(first, next, List.of(text.strip().split(" ", -1)), " ");
    }

    /**
     * Items such as "✔ Serving (fastapi)" laid out on lines of the width, {@code separator} between them, an item
     * never split across lines (one wider than the line gets a line of its own).
     */
    public List<String> items(String first, String next, List<String> items, String separator) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int used = visibleWidth(first);
        boolean empty = true;
        for (String item : items) {
            int length = visibleWidth(item);
            if (!empty && used + separator.length() + length > width) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(next);
                used = visibleWidth(next);
                empty = true;
            }
            if (empty && item.isEmpty()) {
                continue;
            }
            if (!empty) {
                line.append(separator);
                used += separator.length();
            }
            line.append(item);
            used += length;
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** Like {@link #wrap}, with continuation lines indented as far as {@code first} is wide. */
    public List<String> hanging(String first, String text) {
        return wrap(first, " ".repeat(visibleWidth(first)), text);
    }

    /** The columns a text takes on a terminal: ANSI codes take none. */
    public static int visibleWidth(String text) {
        String plain = ANSI.matcher(text).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }

    /** {@code text} padded with spaces to {@code columns} visible columns. */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - visibleWidth(text)));
    }

    /**
     * {@code text} after spaces to {@code columns} visible columns: a number right-aligned in ASCII digits whatever the
     * default locale (as {@code String.format("%3d")} would not be, for Arabic or Thai, after loading the locale data).
     */
    public static String padStart(String text, int columns) {
        return " ".repeat(Math.max(0, columns - visibleWidth(text))) + text;
    }

    /**
     * The width to wrap to: {@code $COLUMNS} when it holds a sensible number, else {@code detected} (the terminal's
     * width, when standard output is one and it could be read), else {@link #DEFAULT_WIDTH}.
     */
    public static int widthFor(Optional<String> columns, OptionalInt detected) {
        OptionalInt fromEnvironment = columns.map(String::strip)
                .filter(c -> c.matches("[0-9]{1,4}"))
                .map(c -> OptionalInt.of(Integer.parseInt(c)))
                .orElse(OptionalInt.empty());
        int chosen = fromEnvironment.isPresent() && fromEnvironment.getAsInt() > 0
                ? fromEnvironment.getAsInt()
                : detected.orElse(DEFAULT_WIDTH);
        return Math.max(MIN_WIDTH, chosen);
    }
}
