package dev.hireable.rules.context;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hireable.rules.catalog.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pieces of user-facing text a rule file gives a module to fill a message placeholder with, e.g. how a script
 * passed the notebook check. Each may hold {@code {placeholders}} of its own, which the module declares.
 */
public record Phrases(Map<String, String> texts, Map<String, Template> templates) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Phrases(Map<String, String> texts) {
        this(texts, Map.of());
    }

    public Phrases {
        texts = Map.copyOf(texts == null ? Map.of() : texts);
        templates = Map.copyOf(templates);
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * Checks that exactly the given phrases are present, each using only the placeholders its module fills.
     *
     * @param placeholders phrase name → the placeholders the module fills it with
     */
    public Phrases require(Map<String, Set<String>> placeholders, String key) {
        if (!texts.keySet().equals(placeholders.keySet())) {
            throw new IllegalArgumentException("'" + key + "' must hold exactly the phrases "
                    + String.join(", ", new TreeSet<>(placeholders.keySet())));
        }
        Map<String, Template> checked = new LinkedHashMap<>();
        texts.forEach((name, text) -> checked.put(name, Template.parse(text, placeholders.get(name))));
        return new Phrases(texts, checked);
    }

    public String get(String key) {
        return fill(key, Map.of());
    }

    /** The phrase with its placeholders filled. */
    public String fill(String key, Map<String, String> values) {
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no phrase '" + key + "'");
        }
        return template.fill(values);
    }
}
