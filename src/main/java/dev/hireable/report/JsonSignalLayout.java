package dev.hireable.report;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.SignalSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each signal sits in the JSON report's {@code repos[].signals}: the one mapping table of schemaVersion 1,
 * whose places are fixed by the contract, and for every other signal a place derived from its id
 * ({@code feature_store.tools} → {@code featureStore.tools}), so a new module's signals appear without code here.
 */
final class JsonSignalLayout {

    /** The signals of schemaVersion 1 and their paths, in the contract's order. */
    private static final Map<String, List<String>> VERSION_1 = versionOne();

    /** The top-level keys of schemaVersion 1's signals that hold a value, not an object. */
    private static final java.util.Set<String> VERSION_1_LEAVES = VERSION_1.values().stream()
            .filter(path -> path.size() == 1)
            .map(path -> path.get(0))
            .collect(java.util.stream.Collectors.toSet());

    /** Signals the report shows elsewhere than under {@code signals}: the archetypes are {@code repos[].archetypes}. */
    private static final List<String> ELSEWHERE = List.of(Archetype.SIGNAL);

    private JsonSignalLayout() {}

    private static Map<String, List<String>> versionOne() {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        paths.put("readme.path", List.of("readme", "path"));
        paths.put("readme.problem", List.of("readme", "problem"));
        paths.put("readme.approach", List.of("readme", "approach"));
        paths.put("readme.results", List.of("readme", "results"));
        paths.put("readme.retrospective", List.of("readme", "retrospective"));
        paths.put("dockerfile.present", List.of("dockerfile", "present"));
        paths.put("dockerfile.paths", List.of("dockerfile", "paths"));
        paths.put("tracking.tools", List.of("experimentTracking", "tools"));
        paths.put("tracking.used_in_code", List.of("experimentTracking", "usedInCode"));
        paths.put("endpoint.serving", List.of("endpoint", "serving"));
        paths.put("endpoint.live_urls", List.of("endpoint", "liveUrls"));
        paths.put("endpoint.deployed", List.of("endpoint", "deployed"));
        paths.put("endpoint.deploy_configs", List.of("endpoint", "deployConfigs"));
        paths.put("registry.used", List.of("modelRegistry"));
        paths.put("data_versioning.used", List.of("dataVersioning"));
        paths.put("orchestration.tools", List.of("orchestration"));
        paths.put("monitoring.used", List.of("monitoring"));
        paths.put("ci.present", List.of("ci"));
        paths.put("tests.present", List.of("tests"));
        paths.put("notebook.only", List.of("notebookOnly"));
        paths.put("toy_dataset.name", List.of("toyDataset"));
        return paths;
    }

    /** The signals in the order the report writes them: schemaVersion 1's first, then the rest in legend order. */
    static List<SignalSpec> ordered(List<SignalSpec> legend) {
        Map<String, SignalSpec> byId = new LinkedHashMap<>();
        legend.forEach(spec -> byId.put(spec.id(), spec));
        List<SignalSpec> first = VERSION_1.keySet().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<SignalSpec> rest = legend.stream()
                .filter(spec -> !VERSION_1.containsKey(spec.id()))
                .toList();
        return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
    }

    /** Each signal's path, worked out once: a report asks for every signal of every repository. */
    private static final Map<String, Optional<List<String>>> PATHS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The path of a signal under {@code signals}, or empty for one the report shows elsewhere. */
    static Optional<List<String>> path(String id) {
        return PATHS.computeIfAbsent(id, JsonSignalLayout::pathOf);
    }

    private static Optional<List<String>> pathOf(String id) {
        if (ELSEWHERE.contains(id)) {
            return Optional.empty();
        }
        List<String> fixed = VERSION_1.get(id);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        int dot = id.indexOf('.');
        String module = camel(id.substring(0, dot));
        if (VERSION_1_LEAVES.contains(module)) {
            // a module whose schemaVersion 1 value is a plain value (ci: true) cannot hold more: ciSystems
            return Optional.of(List.of(camel(id.replace('.', '_'))));
        }
        return Optional.of(List.of(module, camel(id.substring(dot + 1))));
    }

    /** {@code data_versioning} → {@code dataVersioning}. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }
}
