package dev.hireable.cli;

import dev.hireable.report.TextWrap;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * picocli's help, wrapped between words only: picocli breaks lines where Java's line BreakIterator allows, which
 * includes the middle of a URL ("https:" / "//api.github.com") and of "OWNER/NAME:folder". Here the description, the
 * option descriptions and the examples are wrapped by {@link TextWrap}, which never splits a word.
 */
final class WrappingHelp extends Help {

    /** How far an example that does not fit is indented on its next lines, past its own indent. */
    private static final String EXAMPLE_CONTINUATION = "    ";

    WrappingHelp(CommandSpec spec, ColorScheme colors) {
        super(spec, colors);
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), "");
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), EXAMPLE_CONTINUATION);
    }

    @Override
    public Layout createDefaultLayout() {
        Layout layout = super.createDefaultLayout();
        return new WordLayout(colorScheme(), layout.textTable(), layout.optionRenderer(), layout.parameterRenderer());
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    /** Each line wrapped on its own; an indented line (an example) continues under its text plus {@code more}. */
    private String paragraphs(String[] lines, String more) {
        TextWrap wrap = new TextWrap(width());
        StringBuilder out = new StringBuilder();
        for (String paragraph : lines) {
            for (String line : paragraph.replace("%n", "\n").split("\n", -1)) {
                String indent =
                        line.substring(0, line.length() - line.stripLeading().length());
                if (line.isBlank()) {
                    out.append('\n');
                    continue;
                }
                String next = indent.isEmpty() ? "" : indent + more;
                wrap.wrap(indent, next, line.stripLeading())
                        .forEach(l -> out.append(l).append('\n'));
            }
        }
        return out.toString();
    }

    /** Lays an option's description out as lines that fit its column, so picocli never has to break one. */
    private static final class WordLayout extends Layout {

        WordLayout(ColorScheme colors, TextTable table, IOptionRenderer options, IParameterRenderer parameters) {
            super(colors, table, options, parameters);
        }

        @Override
        public void layout(ArgSpec argSpec, Ansi.Text[][] cellValues) {
            Column[] columns = table.columns();
            int last = columns.length - 1;
            int room = columns[last].width - columns[last].indent - 1;
            TextWrap wrap = new TextWrap(Math.max(TextWrap.MIN_WIDTH, room));
            for (Ansi.Text[] row : cellValues) {
                String description = row.length > last && row[last] != null ? row[last].plainString() : "";
                if (room < TextWrap.MIN_WIDTH || description.length() <= room) {
                    table.addRowValues(row);
                    continue;
                }
                List<String> lines = wrap.wrap("", "  ", description);
                Ansi.Text[] first = Arrays.copyOf(row, row.length);
                first[last] = colorScheme.ansi().text(lines.get(0));
                table.addRowValues(first);
                for (String line : lines.subList(1, lines.size())) {
                    Ansi.Text[] next = new Ansi.Text[row.length];
                    Arrays.fill(next, colorScheme.ansi().text(""));
                    next[last] = colorScheme.ansi().text(line);
                    table.addRowValues(next);
                }
            }
        }
    }
}
