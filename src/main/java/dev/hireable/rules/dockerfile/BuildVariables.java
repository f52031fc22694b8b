package dev.hireable.rules.dockerfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values ARG defaults and ENV give to variables, so {@code FROM python:${PYTHON_VERSION}} or
 * {@code USER $APP_USER} can be judged. A variable without a value stays unresolved.
 */
final class BuildVariables {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)(?::?([-+])([^}]*))?}|\\$(\\w+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=(\"[^\"]*\"|'[^']*'|\\S*)");

    private final Map<String, String> values = new HashMap<>();

    /** Adds what ARG (with a default) and ENV instructions assign, later ones winning. */
    BuildVariables with(List<ParsedDockerfile.Instruction> instructions) {
        for (ParsedDockerfile.Instruction instruction : instructions) {
            String keyword = instruction.keyword();
            if (keyword.equals("ARG") || keyword.equals("ENV")) {
                assign(instruction.arguments(), keyword.equals("ENV"));
            }
        }
        return this;
    }

    boolean references(String text) {
        return REFERENCE.matcher(text).find();
    }

    /** The text with every variable replaced, or empty when one has no value. */
    Optional<String> resolve(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            String value = values.get(name);
            String modifier = matcher.group(2);
            if ("-".equals(modifier) && (value == null || value.isEmpty())) {
                value = matcher.group(3);
            } else if ("+".equals(modifier)) {
                value = value == null || value.isEmpty() ? "" : matcher.group(3);
            }
            if (value == null) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private void assign(String arguments, boolean env) {
        Matcher assignment = ASSIGNMENT.matcher(arguments);
        boolean any = false;
        while (assignment.find()) {
            values.put(assignment.group(1), unquote(assignment.group(2)));
            any = true;
        }
        if (!any && env) {
            // legacy form: ENV NAME value
            String[] parts = arguments.strip().split("\\s+", 2);
            if (parts.length == 2) {
                values.put(parts[0], unquote(parts[1]));
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
