package dev.hireable.rules.context;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The longest run of word characters that every match of a regular expression must contain, found by reading the
 * expression conservatively: only text outside groups and character classes counts, a run is cut before an
 * optional character, and any construct it does not understand gives no literal at all. Searching first for the
 * literal (lower-cased, so it also holds for case-insensitive patterns) skips the lines a pattern cannot match.
 */
final class RequiredLiteral {

    private static final int MIN_LENGTH = 3;

    private RequiredLiteral() {
    }

    static Optional<String> of(Pattern pattern) {
        String regex = pattern.pattern();
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || regex.contains("(?x") || regex.contains("\\Q")) {
            return Optional.empty();
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length() || "pPxuc0123456789kNQE".indexOf(regex.charAt(i + 1)) >= 0) {
                    return Optional.empty();
                }
                best = longer(best, run);
                run.setLength(0);
                i++;
            } else if (c == '[') {
                best = longer(best, run);
                run.setLength(0);
                i = classEnd(regex, i);
                if (i < 0) {
                    return Optional.empty();
                }
            } else if (c == '(') {
                best = depth == 0 ? longer(best, run) : best;
                run.setLength(0);
                depth++;
            } else if (c == ')') {
                depth--;
                run.setLength(0);
            } else if (c == '|') {
                if (depth == 0) {
                    return Optional.empty();
                }
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = depth == 0 ? longer(best, run) : best;
                run.setLength(0);
            } else if (depth == 0 && (Character.isLetterOrDigit(c) || c == '_')) {
                run.append(c);
            } else {
                best = depth == 0 ? longer(best, run) : best;
                run.setLength(0);
            }
        }
        best = longer(best, run);
        return best.length() >= MIN_LENGTH ? Optional.of(best.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** The index of the ']' closing the class opened at {@code open}, or -1. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }
}
