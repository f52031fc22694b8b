package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;

/**
 * One line of code, from a .py file or a notebook code cell.
 *
 * @param line 1-based line in the .py file; for a notebook, the line inside its cell
 * @param cell the notebook cell number (1-based), 0 for a .py file
 */
public record CodeLine(String path, int line, String text, int cell) {

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
