package dev.hireable.rules.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The longest piece of plain text every match of a regular expression must contain, e.g. {@code load_iris(} for
 * {@code \bload_iris\(}. Groups, classes and optional characters are skipped; an expression with a top-level
 * alternative has no such piece and gives {@code ""}. Conservative by design: a wrong hint would hide matches.
 */
final class LiteralHint {

    private LiteralHint() {
    }

    static String of(String regex) {
        if (regex.contains("\\Q") || hasTopLevelAlternative(regex)) {
            return "";
        }
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    endRun(run, runs);
                } else {
                    run.append(escaped);
                }
                i += 2;
            } else if (c == '(') {
                endRun(run, runs);
                i = skipGroup(regex, i);
            } else if (c == '[') {
                endRun(run, runs);
                i = skipClass(regex, i);
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                endRun(run, runs);
                i = c == '{' ? Math.max(regex.indexOf('}', i), i) + 1 : i + 1;
            } else if (c == '+' || c == '.' || c == '^' || c == '$' || c == ')') {
                endRun(run, runs);
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        endRun(run, runs);
        return runs.stream().max(Comparator.comparingInt(String::length)).orElse("");
    }

    private static void endRun(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    /** The index after the group that opens at {@code start}. */
    private static int skipGroup(String regex, int start) {
        int depth = 0;
        int i = start;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = skipClass(regex, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** The index after the character class that opens at {@code start}. */
    private static int skipClass(String regex, int start) {
        int i = start + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
