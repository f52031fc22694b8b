package dev.hireable.report.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Step outputs in the format of the file named by GITHUB_OUTPUT: {@code name=value}, or a heredoc with a random
 * delimiter when the value spans lines (so a value can never forge another output).
 */
public final class StepOutputs {

    private final Map<String, String> values = new LinkedHashMap<>();

    public StepOutputs put(String name, String value) {
        values.put(name, value);
        return this;
    }

    public Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> {
            if (value.contains("\n") || value.contains("\r")) {
                String delimiter = "HIREABLE_" + UUID.randomUUID().toString().replace("-", "");
                out.append(name)
                        .append("<<")
                        .append(delimiter)
                        .append('\n')
                        .append(value)
                        .append('\n')
                        .append(delimiter)
                        .append('\n');
            } else {
                out.append(name).append('=').append(value).append('\n');
            }
        });
        return out.toString();
    }
}
