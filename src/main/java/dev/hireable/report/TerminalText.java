package dev.hireable.report;

/**
 * Makes text from a repository or a server safe to print on a terminal or in a CI log, in one place for the text
 * report and every progress line. A control character (C0, DEL, C1: escape sequences that retitle or clear the
 * terminal, a carriage return that overwrites a line) or a bidirectional override becomes a visible escape such as
 * {@code \x1b}; a line break becomes {@code \n}, so a value never starts a line of its own; and a value that would
 * start a GitHub Actions workflow command ({@code ::error ...}) gets a backslash in front.
 */
public final class TerminalText {

    private TerminalText() {}

    /** The text as one safe line fragment; {@code null} prints as "null", as string concatenation would. */
    public static String safe(Object value) {
        String text = String.valueOf(value);
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(escape != null ? escape : String.valueOf(c));
            }
        }
        String line = safe == null ? text : safe.toString();
        return line.stripLeading().startsWith("::") ? "\\" + line : line;
    }

    private static String escape(char c) {
        if (c == '\t') {
            return null;
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", (int) c);
        }
        boolean c1 = c >= 0x80 && c <= 0x9f;
        boolean bidi =
                c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
        return c1 || bidi ? String.format("\\u%04x", (int) c) : null;
    }
}
