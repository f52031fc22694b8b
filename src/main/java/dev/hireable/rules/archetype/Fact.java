package dev.hireable.rules.archetype;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One thing that is true or not of a repository, as the archetype fit and the standard's requirements name it in
 * rules/archetype.yaml. The first seven are traits this module finds; the rest come from the other modules' signals.
 */
public enum Fact {
    TABULAR_DATA, TABULAR_MODEL, TRAINS_MODEL, FINETUNES_PRETRAINED, TRANSFORMER_LIBRARY, PIPELINE, MEDIA_DATA,
    SERVING, LIVE_URL, DEPLOYED, DOCKERFILE, TRACKING, TRACKING_IN_CODE, MODEL_REGISTRY, DATA_VERSIONING,
    ORCHESTRATION, MONITORING, CI, TESTS, README_PROBLEM, TOY_DATASET, NOTEBOOK_ONLY;

    /** The id in rules/archetype.yaml, e.g. {@code tracking_in_code}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Fact fromId(String id) {
        for (Fact fact : values()) {
            if (fact.id().equals(id)) {
                return fact;
            }
        }
        throw new IllegalArgumentException("unknown fact '" + id + "' (known: "
                + Arrays.stream(values()).map(Fact::id).collect(Collectors.joining(", ")) + ")");
    }
}
