package dev.hireable.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which archetypes a repository fits, best first, the traits that decided it, and for which slot archetypes the
 * repository meets the standard.
 *
 * @param tabularData          trains on tabular data (CSV/parquet files, pandas frames, tabular models)
 * @param trainsModelInCode    a model is fitted in .py or notebook code, not only described
 * @param finetunesPretrained  a pretrained transformer is loaded and trained further in code
 * @param pipeline             the work is a pipeline (stages, DAG, orchestrator, dvc.yaml), not one script
 */
public record ArchetypeSignal(List<Archetype> archetypes, boolean tabularData, boolean trainsModelInCode,
                              boolean finetunesPretrained, boolean pipeline, Set<Archetype> meetsStandard) {

    public ArchetypeSignal {
        archetypes = List.copyOf(archetypes);
        meetsStandard = meetsStandard.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(meetsStandard));
    }

    public static ArchetypeSignal other() {
        return new ArchetypeSignal(List.of(Archetype.OTHER), false, false, false, false, Set.of());
    }

    public boolean meets(Archetype archetype) {
        return meetsStandard.contains(archetype);
    }
}
