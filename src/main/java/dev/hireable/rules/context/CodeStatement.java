package dev.hireable.rules.context;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical Python statement: its code lines joined while a bracket, a triple-quoted string or a backslash keeps
 * it open, with trailing comments left out. Rules that follow a variable from one statement to the next (data that is
 * generated and then trained on, a model fitted and then scored) read a file as these.
 *
 * @param text   the statement on one line, lines joined by a space, without comments
 * @param first  the line it starts on (its evidence)
 * @param indent the indentation of its first line
 */
public record CodeStatement(String text, CodeLine first, int indent) {

    /** The statements of a file's code lines (as {@link CodeIndex#lines(String)} gives them), in order. */
    public static List<CodeStatement> of(List<CodeLine> lines) {
        List<CodeStatement> statements = new ArrayList<>();
        Scanner scanner = new Scanner();
        StringBuilder text = new StringBuilder();
        CodeLine first = null;
        for (CodeLine line : lines) {
            if (first != null && line.cell() != first.cell()) {
                statements.add(new CodeStatement(text.toString().strip(), first, indentation(first.text())));
                text.setLength(0);
                first = null;
                scanner = new Scanner();
            }
            if (first == null) {
                first = line;
            }
            text.append(text.length() == 0 ? "" : " ").append(scanner.code(line.text()));
            if (scanner.closed()) {
                statements.add(new CodeStatement(text.toString().strip(), first, indentation(first.text())));
                text.setLength(0);
                first = null;
            }
        }
        if (first != null) {
            statements.add(new CodeStatement(text.toString().strip(), first, indentation(first.text())));
        }
        return statements;
    }

    /** The number of leading spaces and tabs of a line. */
    public static int indentation(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }

    /** Reads lines one after another, keeping the open brackets and strings between them. */
    private static final class Scanner {
        private int depth;
        private String quote = "";
        private boolean continued;

        /** The line's code without a trailing comment, and the state after it. */
        String code(String line) {
            StringBuilder code = new StringBuilder();
            continued = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!quote.isEmpty()) {
                    if (c == '\\') {
                        code.append(c);
                        if (i + 1 < line.length()) {
                            code.append(line.charAt(++i));
                        }
                        continue;
                    }
                    if (line.startsWith(quote, i)) {
                        code.append(quote);
                        i += quote.length() - 1;
                        quote = "";
                        continue;
                    }
                    code.append(c);
                    continue;
                }
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    quote = line.startsWith(String.valueOf(c).repeat(3), i)
                            ? String.valueOf(c).repeat(3)
                            : String.valueOf(c);
                    code.append(quote);
                    i += quote.length() - 1;
                    continue;
                }
                depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
                code.append(c);
            }
            if (quote.length() == 1) {
                quote = "";
            }
            String stripped = code.toString().stripTrailing();
            if (quote.isEmpty() && stripped.endsWith("\\")) {
                continued = true;
                stripped = stripped.substring(0, stripped.length() - 1);
            }
            return stripped;
        }

        boolean closed() {
            if (depth < 0) {
                depth = 0;
            }
            return depth == 0 && quote.isEmpty() && !continued;
        }
    }
}
