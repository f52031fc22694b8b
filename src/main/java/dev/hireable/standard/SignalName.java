package dev.hireable.standard;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The signals rules/standard.yaml can name, e.g. {@code endpoint.deployed} or {@code archetype.pipeline}. */
enum SignalName {
    README_PRESENT, README_MISSING, README_PROBLEM, README_APPROACH, README_RESULTS, README_RETROSPECTIVE,
    DOCKERFILE, TRACKING_TOOLS, TRACKING_USED_IN_CODE,
    ENDPOINT_SERVING, ENDPOINT_LIVE_URL, ENDPOINT_DEPLOY_CONFIG, ENDPOINT_DEPLOYED, ENDPOINT_VERIFIED,
    MODEL_REGISTRY, DATA_VERSIONING, ORCHESTRATION, MONITORING, CI, TESTS, NOTEBOOK_ONLY, TOY_DATASET,
    ARCHETYPE_TABULAR_DATA, ARCHETYPE_TRAINS_MODEL_IN_CODE, ARCHETYPE_FINETUNES_PRETRAINED, ARCHETYPE_PIPELINE,
    ARCHETYPE_TABULAR_E2E, ARCHETYPE_TRANSFORMER_FINETUNE, ARCHETYPE_MLOPS,
    METADATA_SINGLE_PUSH;

    private static final String[] GROUPS = {"readme", "tracking", "endpoint", "archetype", "metadata"};

    /** The name used in YAML: the group before the first underscore becomes a dotted prefix. */
    String id() {
        String lower = name().toLowerCase(Locale.ROOT);
        for (String group : GROUPS) {
            if (lower.startsWith(group + "_")) {
                return group + "." + lower.substring(group.length() + 1);
            }
        }
        return lower;
    }

    static SignalName fromId(String id) {
        for (SignalName signal : values()) {
            if (signal.id().equals(id)) {
                return signal;
            }
        }
        throw new IllegalArgumentException("unknown signal '" + id + "' (known signals: "
                + Arrays.stream(values()).map(SignalName::id).collect(Collectors.joining(", ")) + ")");
    }
}
