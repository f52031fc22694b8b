package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;

/**
 * One line of code, from a .py file or a notebook code cell.
 *
 * @param line 1-based line in the .py file; for a notebook, the line inside its cell
 * @param cell the notebook cell number (1-based), 0 for a .py file
 */
public record CodeLine(String path, int line, String text, int cell) {

    // equals and hashCode written out, as for every record used as a key in an audit: a record's generated ones are
    // linked through method handles on their first call, milliseconds of a fresh JVM's start (README, Benchmarks)
    @Override
    public boolean equals(Object other) {
        return other instanceof CodeLine code
                && code.line == line
                && code.cell == cell
                && code.path.equals(path)
                && code.text.equals(text);
    }

    @Override
    public int hashCode() {
        return ((path.hashCode() * 31 + line) * 31 + text.hashCode()) * 31 + cell;
    }

    public boolean inNotebook() {
        return cell > 0;
    }

    public Evidence evidence() {
        if (inNotebook()) {
            return Evidence.line(path, 0, "cell " + cell + ": " + text);
        }
        return Evidence.line(path, line, text);
    }
}
