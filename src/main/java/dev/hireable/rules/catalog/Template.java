package dev.hireable.rules.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-facing text of a rule file with {@code {placeholders}}, checked against the placeholders its code fills:
 * an unknown placeholder is rejected when the text is read, a placeholder left without a value when it is filled.
 * The one template language of hireable: rule messages, phrases, the standard's sentences and interview questions.
 * A placeholder is a lower-case name, dotted when it names a signal ({@code {toy_dataset.name}}).
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*)}");

    private final String text;
    private final Set<String> placeholders;

    private Template(String text, Set<String> placeholders) {
        this.text = text;
        this.placeholders = placeholders;
    }

    /**
     * @param allowed the placeholders the code fills this text with
     * @throws IllegalArgumentException naming the first placeholder that is not allowed
     */
    public static Template parse(String text, Set<String> allowed) {
        Set<String> used = placeholdersOf(text);
        for (String name : used) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("the text '" + text + "' uses the unknown placeholder {" + name + "}"
                        + (allowed.isEmpty() ? "; it takes none" : " (it takes " + describe(allowed) + ")"));
            }
        }
        return new Template(text, Set.copyOf(used));
    }

    /** The placeholders written in a text, in order. */
    public static Set<String> placeholdersOf(String text) {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        return used;
    }

    public String text() {
        return text;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * The text with every placeholder replaced by its value.
     *
     * @throws IllegalStateException when a placeholder the text uses has no value: a bug in the code that fills it
     */
    public String fill(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "no value for the placeholder {" + matcher.group(1) + "} of '" + text + "'");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text with its placeholders shown as {@code <name>}, for documentation. */
    public String described() {
        return PLACEHOLDER.matcher(text).replaceAll("<$1>");
    }

    /** "a, b and c" with the given separators. */
    public static String list(List<String> items, String separator, String lastSeparator) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
    }

    private static String describe(Set<String> allowed) {
        return String.join(
                ", ", new TreeSet<>(allowed).stream().map(p -> "{" + p + "}").toList());
    }

    @Override
    public String toString() {
        return text;
    }
}
