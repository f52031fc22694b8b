package dev.hireable.rules.context;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.hireable.rules.catalog.RuleDoc;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pieces of user-facing text a rule file gives a module to fill a message placeholder with, e.g. how a script
 * passed the notebook check. Each may hold {@code {placeholders}} of its own.
 */
public record Phrases(Map<String, String> texts) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Phrases {
        texts = Map.copyOf(texts == null ? Map.of() : texts);
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /** Checks that exactly the given phrases are present, naming what is missing or unexpected. */
    public Phrases require(Collection<String> keys, String key) {
        if (!texts.keySet().equals(Set.copyOf(keys))) {
            throw new IllegalArgumentException("'" + key + "' must hold exactly the phrases " + String.join(", ", new TreeSet<>(keys)));
        }
        return this;
    }

    public String get(String key) {
        return fill(key, Map.of());
    }

    /** The phrase with its placeholders filled; unknown placeholders are left as written. */
    public String fill(String key, Map<String, String> values) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no phrase '" + key + "'");
        }
        return RuleDoc.fill(template, values);
    }
}
