package dev.hireable.rules.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python statement read as an assignment: the names it assigns ({@code X, y = ...} gives X and y;
 * {@code df["y"] = ...} gives df; {@code self.model = ...} gives model) and the expression it assigns.
 * Augmented ({@code +=}) and annotated ({@code x: int = ...}) assignments count; comparisons do not.
 */
public record Assignment(List<String> targets, String value) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final String AUGMENTING = "+-*/%&|^@<>:";

    public Assignment {
        targets = List.copyOf(targets);
    }

    /** The statement as an assignment, if it is one. */
    public static Optional<Assignment> of(String statement) {
        int at = topLevelEquals(blankStrings(statement));
        if (at < 0) {
            return Optional.empty();
        }
        String left = statement.substring(0, at);
        while (!left.isEmpty() && AUGMENTING.indexOf(left.charAt(left.length() - 1)) >= 0) {
            left = left.substring(0, left.length() - 1);
        }
        int annotation = left.indexOf(':');
        if (annotation >= 0) {
            left = left.substring(0, annotation);
        }
        List<String> targets = new ArrayList<>();
        for (String target : left.split(",")) {
            int subscript = target.indexOf('[');
            String base = (subscript >= 0 ? target.substring(0, subscript) : target).replaceAll("[()*\\s]", "");
            String last = base.substring(base.lastIndexOf('.') + 1);
            if (IDENTIFIER.matcher(last).matches()) {
                targets.add(last);
            }
        }
        return targets.isEmpty() ? Optional.empty() : Optional.of(new Assignment(targets, statement.substring(at + 1)));
    }

    /** The identifiers a piece of code names outside its strings, e.g. {@code [model, fit, X_train, y_train]}. */
    public static Set<String> names(String code) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(blankStrings(code));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** The index of the assignment's {@code =}: outside brackets, not part of {@code ==, <=, >=, !=}. */
    private static int topLevelEquals(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '=' && depth == 0) {
                char before = i > 0 ? code.charAt(i - 1) : ' ';
                char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
                boolean shift = (before == '<' || before == '>') && i > 1 && code.charAt(i - 2) == before;
                if (after == '=') {
                    i++;
                } else if (before != '=' && before != '!' && (before != '<' && before != '>' || shift)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The code with the inside of every string literal blanked, so that nothing in a string is read as code. */
    private static String blankStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote == 0) {
                quote = c == '"' || c == '\'' ? c : 0;
                out.append(c);
            } else if (c == '\\' && i + 1 < code.length()) {
                out.append("  ");
                i++;
            } else if (c == quote) {
                quote = 0;
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
