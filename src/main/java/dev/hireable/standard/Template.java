package dev.hireable.standard;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {placeholders} of a text from rules/standard.yaml; an unknown placeholder is left as it is. */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private Template() {
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group(0))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** "a, b and c" with the separators of rules/standard.yaml. */
    static String list(List<String> items, StandardVocabulary.Texts texts) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(texts.listSeparator(), items.subList(0, items.size() - 1)) + texts.listLastSeparator()
                + items.get(items.size() - 1);
    }
}
