package dev.hireable.rules.context.usage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rule file's vocabulary that is one set of tools: tool id → how it shows. The order is kept. */
public record ToolVocabulary(Map<String, ToolSignature> tools) {

    public ToolVocabulary {
        if (tools == null || tools.isEmpty()) {
            throw new IllegalArgumentException("'tools' needs at least one tool");
        }
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    }
}
