package dev.hireable.rules.archetype;

import dev.hireable.rules.context.CodeCue;
import dev.hireable.snapshot.Glob;
import java.util.List;
import java.util.Map;

/** The vocabulary under {@code traits:} in rules/archetype.yaml: where each trait shows. */
public record TraitCues(
        List<String> tabularFiles,
        List<String> framePackages,
        List<CodeCue> frameImports,
        List<String> tabularPackages,
        List<CodeCue> tabularImports,
        List<String> tabularModelPackages,
        List<CodeCue> tabularModels,
        List<String> transformerPackages,
        List<CodeCue> transformerImports,
        List<CodeCue> pretrainedLoads,
        List<CodeCue> finetuneCalls,
        List<String> pipelineFiles,
        List<CodeCue> pipelineCode,
        Map<String, List<String>> pipelineStages,
        int minPipelineStages,
        List<String> mediaFiles,
        int mediaMinFiles,
        List<String> figureFolders,
        List<CodeCue> mediaImports) {

    public TraitCues {
        tabularFiles = globs(tabularFiles);
        framePackages = copy(framePackages);
        frameImports = copy(frameImports);
        tabularPackages = copy(tabularPackages);
        tabularImports = copy(tabularImports);
        tabularModelPackages = copy(tabularModelPackages);
        tabularModels = copy(tabularModels);
        transformerPackages = copy(transformerPackages);
        transformerImports = copy(transformerImports);
        pretrainedLoads = copy(pretrainedLoads);
        finetuneCalls = copy(finetuneCalls);
        pipelineFiles = globs(pipelineFiles);
        pipelineCode = copy(pipelineCode);
        pipelineStages = pipelineStages == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pipelineStages));
        pipelineStages.values().forEach(globs -> globs.forEach(Glob::of));
        if (!pipelineStages.isEmpty() && (minPipelineStages < 2 || minPipelineStages > pipelineStages.size())) {
            throw new IllegalArgumentException("'min_pipeline_stages' must be between 2 and the number of stages");
        }
        mediaFiles = globs(mediaFiles);
        figureFolders = copy(figureFolders);
        mediaImports = copy(mediaImports);
        if (mediaMinFiles <= 0) {
            throw new IllegalArgumentException("'media_min_files' must be positive");
        }
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> globs(List<String> values) {
        List<String> copy = copy(values);
        copy.forEach(Glob::of);
        return copy;
    }
}
