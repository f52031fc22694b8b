package dev.hireable.rules;

import java.util.Locale;

/** The kinds of project the standard asks for, plus {@code other}. */
public enum Archetype {
    TABULAR_E2E,
    TRANSFORMER_FINETUNE,
    MLOPS,
    OTHER;

    /** The signal that lists the archetypes a repository fits, best first. */
    public static final String SIGNAL = "archetype.kinds";

    /** The three slots of the standard, in the order every report shows them. */
    public static final java.util.List<Archetype> SLOTS = java.util.List.of(TABULAR_E2E, TRANSFORMER_FINETUNE, MLOPS);

    /** Made once: asked for every slot of every repository written or scored. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The JSON id: {@code tabular_e2e}, {@code transformer_finetune}, {@code mlops}, {@code other}. */
    public String id() {
        return id;
    }

    public boolean isSlot() {
        return this != OTHER;
    }

    public static Archetype fromId(String id) {
        for (Archetype archetype : values()) {
            if (archetype.id().equals(id)) {
                return archetype;
            }
        }
        throw new IllegalArgumentException(
                "unknown archetype '" + id + "' (want tabular_e2e, transformer_finetune, mlops or other)");
    }
}
