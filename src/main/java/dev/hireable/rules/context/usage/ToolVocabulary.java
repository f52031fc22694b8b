package dev.hireable.rules.context.usage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule file's vocabulary that is one set of tools: tool id → how it shows. The order is kept.
 *
 * @param uncalledCode whether a call inside a function that nothing calls is use; absent means it is
 */
public record ToolVocabulary(Map<String, ToolSignature> tools, UncalledCode uncalledCode) {

    public ToolVocabulary {
        if (tools == null || tools.isEmpty()) {
            throw new IllegalArgumentException("'tools' needs at least one tool");
        }
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        uncalledCode = uncalledCode == null ? UncalledCode.COUNTED : uncalledCode;
    }

    public ToolVocabulary(Map<String, ToolSignature> tools) {
        this(tools, UncalledCode.COUNTED);
    }
}
