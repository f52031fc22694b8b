package dev.hireable.rules.archetype;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileEntry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the archetype traits in one repository: tabular data, a tabular model, fine-tuning of a pretrained
 * transformer, a transformer library, a pipeline and image or audio data, each with a little evidence.
 */
final class TraitDetector {

    static final String TABULAR_DATA = "archetype.tabular_data";
    static final String TABULAR_MODEL = "archetype.tabular_model";
    static final String FINETUNES_PRETRAINED = "archetype.finetunes_pretrained";
    static final String TRANSFORMER_LIBRARY = "archetype.transformer_library";
    static final String PIPELINE = "archetype.pipeline";
    static final String MEDIA_DATA = "archetype.media_data";
    static final String STAGED_SCRIPTS = "archetype.staged_scripts";
    static final List<String> TRAITS = List.of(
            TABULAR_DATA,
            TABULAR_MODEL,
            FINETUNES_PRETRAINED,
            TRANSFORMER_LIBRARY,
            PIPELINE,
            STAGED_SCRIPTS,
            MEDIA_DATA);
    /** Traits that only code can show: undecided, not absent, when some code could not be read. */
    private static final Set<String> CODE_TRAITS =
            Set.of(TABULAR_DATA, TABULAR_MODEL, FINETUNES_PRETRAINED, TRANSFORMER_LIBRARY, PIPELINE);

    /** The traits found, with evidence, and the code traits left undecided because some code could not be read. */
    record Traits(Map<String, List<Evidence>> found, Set<String> undecided) {
        Traits {
            found = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found));
            undecided = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(undecided));
        }

        boolean has(String trait) {
            return found.containsKey(trait);
        }
    }

    private static final int PER_TRAIT = 2;

    private final TraitCues cues;

    TraitDetector(TraitCues cues) {
        this.cues = cues;
    }

    /**
     * Each trait from the cheapest evidence first: files and declared dependencies, then a search of the code.
     *
     * @param orchestrated whether an orchestrator runs the work, which makes it a pipeline
     */
    Traits detect(RepoContext context, boolean orchestrated) {
        CodeIndex code = context.code();
        FileIndex files = FileIndex.of(context);
        Map<String, List<Evidence>> found = new LinkedHashMap<>();

        List<Evidence> tabularFiles = evidence(files.matching(cues.tabularFiles()));
        if (!tabularFiles.isEmpty()) {
            found.put(TABULAR_DATA, tabularFiles);
        } else {
            List<Evidence> frames =
                    either(dependencies(context, cues.framePackages()), () -> search(code, cues.frameImports()));
            List<Evidence> libraries = frames.isEmpty()
                    ? List.of()
                    : either(dependencies(context, cues.tabularPackages()), () -> search(code, cues.tabularImports()));
            if (!libraries.isEmpty()) {
                found.put(TABULAR_DATA, List.of(frames.get(0), libraries.get(0)));
            }
        }
        put(
                found,
                TABULAR_MODEL,
                either(dependencies(context, cues.tabularModelPackages()), () -> search(code, cues.tabularModels())));
        put(
                found,
                TRANSFORMER_LIBRARY,
                either(
                        dependencies(context, cues.transformerPackages()),
                        () -> search(code, cues.transformerImports())));
        List<Evidence> pretrained = search(code, cues.pretrainedLoads());
        List<Evidence> finetune = pretrained.isEmpty() ? List.of() : search(code, cues.finetuneCalls());
        if (!finetune.isEmpty()) {
            found.put(FINETUNES_PRETRAINED, List.of(pretrained.get(0), finetune.get(0)));
        }
        List<Evidence> pipeline =
                either(evidence(files.matching(cues.pipelineFiles())), () -> search(code, cues.pipelineCode()));
        put(found, PIPELINE, pipeline.isEmpty() && orchestrated ? List.of(Evidence.file(".")) : pipeline);
        put(found, STAGED_SCRIPTS, stagedScripts(files));
        List<FileEntry> media = files.matching(cues.mediaFiles()).stream()
                .filter(f -> !isFigure(f.path()))
                .toList();
        put(
                found,
                MEDIA_DATA,
                either(
                        media.size() >= cues.mediaMinFiles() ? evidence(media) : List.of(),
                        () -> search(code, cues.mediaImports())));

        Set<String> undecided = new LinkedHashSet<>();
        if (!code.problems().isEmpty()) {
            CODE_TRAITS.stream().filter(t -> !found.containsKey(t)).sorted().forEach(undecided::add);
        }
        return new Traits(found, undecided);
    }

    /**
     * Scripts for distinct stages of the work (preparing data, training, evaluating, predicting, ...): enough of them
     * make a pipeline even without a pipeline tool, one script a stage.
     */
    private List<Evidence> stagedScripts(FileIndex files) {
        List<Evidence> stages = new java.util.ArrayList<>();
        cues.pipelineStages()
                .forEach((stage, globs) -> files.matching(globs).stream()
                        .filter(f -> !f.path().contains("test"))
                        .findFirst()
                        .ifPresent(script -> stages.add(Evidence.file(script.path()))));
        return stages.size() >= cues.minPipelineStages()
                        && !cues.pipelineStages().isEmpty()
                ? stages.stream().limit(PER_TRAIT).toList()
                : List.of();
    }

    /** An image in a folder of figures (plots, reports, run artifacts, assets) illustrates; it is not data. */
    private boolean isFigure(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return cues.figureFolders().stream()
                .anyMatch(folder -> lower.startsWith(folder + "/") || lower.contains("/" + folder + "/"));
    }

    private static List<Evidence> search(CodeIndex code, List<CodeCue> cues) {
        return CodeCue.scan(code, cues, PER_TRAIT).stream()
                .map(CodeLine::evidence)
                .toList();
    }

    private static List<Evidence> evidence(List<FileEntry> files) {
        return files.stream().limit(PER_TRAIT).map(f -> Evidence.file(f.path())).toList();
    }

    private static List<Evidence> dependencies(RepoContext context, List<String> packages) {
        return context.dependencies().named(packages).stream()
                .limit(PER_TRAIT)
                .map(Dependency::evidence)
                .toList();
    }

    /** The first evidence, or the second, computed only when the first is empty. */
    private static List<Evidence> either(List<Evidence> first, Supplier<List<Evidence>> second) {
        return first.isEmpty() ? second.get() : first;
    }

    private static void put(Map<String, List<Evidence>> found, String trait, List<Evidence> evidence) {
        if (!evidence.isEmpty()) {
            found.put(trait, evidence);
        }
    }
}
