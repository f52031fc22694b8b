package dev.hireable.rules.archetype;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Signals;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileEntry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Finds the archetype traits in one repository: tabular data, a tabular model, training code, fine-tuning of a
 * pretrained transformer, a transformer library, a pipeline and image or audio data, each with a little evidence.
 */
final class TraitDetector {

    /** The traits found, with evidence, and the code traits left undecided because some code could not be read. */
    record Traits(Map<Fact, List<Evidence>> found, Set<Fact> undecided) {
        Traits {
            found = found.isEmpty() ? Map.of() : new EnumMap<>(found);
            undecided = undecided.isEmpty() ? Set.of() : Set.copyOf(undecided);
        }

        boolean has(Fact fact) {
            return found.containsKey(fact);
        }
    }

    private static final int PER_TRAIT = 2;
    private static final Set<Fact> CODE_TRAITS = EnumSet.of(Fact.TABULAR_DATA, Fact.TABULAR_MODEL, Fact.TRAINS_MODEL,
            Fact.FINETUNES_PRETRAINED, Fact.TRANSFORMER_LIBRARY, Fact.PIPELINE);

    private final TraitCues cues;
    private final BiFunction<CodeIndex, Integer, List<CodeLine>> trainingLines;

    /** {@code trainingLines} finds the code that fits a model (the notebook module's training calls). */
    TraitDetector(TraitCues cues, BiFunction<CodeIndex, Integer, List<CodeLine>> trainingLines) {
        this.cues = cues;
        this.trainingLines = trainingLines;
    }

    /** Each trait from the cheapest evidence first: files and declared dependencies, then a search of the code. */
    Traits detect(RepoContext context, Signals signals) {
        CodeIndex code = context.code();
        FileIndex files = FileIndex.of(context);
        Map<Fact, List<Evidence>> found = new EnumMap<>(Fact.class);

        List<Evidence> tabularFiles = evidence(files.matching(cues.tabularFiles()));
        if (!tabularFiles.isEmpty()) {
            found.put(Fact.TABULAR_DATA, tabularFiles);
        } else {
            List<Evidence> frames = either(dependencies(context, cues.framePackages()), () -> search(code, cues.frameImports()));
            List<Evidence> libraries = frames.isEmpty() ? List.of()
                    : either(dependencies(context, cues.tabularPackages()), () -> search(code, cues.tabularImports()));
            if (!libraries.isEmpty()) {
                found.put(Fact.TABULAR_DATA, List.of(frames.get(0), libraries.get(0)));
            }
        }
        put(found, Fact.TABULAR_MODEL, either(dependencies(context, cues.tabularModelPackages()),
                () -> search(code, cues.tabularModels())));
        put(found, Fact.TRANSFORMER_LIBRARY, either(dependencies(context, cues.transformerPackages()),
                () -> search(code, cues.transformerImports())));
        put(found, Fact.TRAINS_MODEL, trainingLines.apply(code, PER_TRAIT).stream().map(CodeLine::evidence).toList());
        List<Evidence> pretrained = search(code, cues.pretrainedLoads());
        List<Evidence> finetune = pretrained.isEmpty() ? List.of() : search(code, cues.finetuneCalls());
        if (!finetune.isEmpty()) {
            found.put(Fact.FINETUNES_PRETRAINED, List.of(pretrained.get(0), finetune.get(0)));
        }
        List<Evidence> pipeline = either(evidence(files.matching(cues.pipelineFiles())),
                () -> search(code, cues.pipelineCode()));
        put(found, Fact.PIPELINE, pipeline.isEmpty() && !signals.orchestration().isEmpty() ? List.of(Evidence.file(".")) : pipeline);
        List<FileEntry> media = files.matching(cues.mediaFiles());
        put(found, Fact.MEDIA_DATA, either(media.size() >= cues.mediaMinFiles() ? evidence(media) : List.of(),
                () -> either(dependencies(context, cues.mediaPackages()), () -> search(code, cues.mediaImports()))));

        Set<Fact> undecided = EnumSet.noneOf(Fact.class);
        if (!code.problems().isEmpty()) {
            CODE_TRAITS.stream().filter(f -> !found.containsKey(f)).forEach(undecided::add);
        }
        return new Traits(found, undecided);
    }

    private static List<Evidence> search(CodeIndex code, List<CodeCue> cues) {
        return CodeCue.scan(code, cues, PER_TRAIT).stream().map(CodeLine::evidence).toList();
    }

    private static List<Evidence> evidence(List<FileEntry> files) {
        return files.stream().limit(PER_TRAIT).map(f -> Evidence.file(f.path())).toList();
    }

    private static List<Evidence> dependencies(RepoContext context, List<String> packages) {
        return context.dependencies().named(packages).stream().limit(PER_TRAIT).map(Dependency::evidence).toList();
    }

    /** The first evidence, or the second, computed only when the first is empty. */
    private static List<Evidence> either(List<Evidence> first, Supplier<List<Evidence>> second) {
        return first.isEmpty() ? second.get() : first;
    }

    private static void put(Map<Fact, List<Evidence>> found, Fact fact, List<Evidence> evidence) {
        if (!evidence.isEmpty()) {
            found.put(fact, evidence);
        }
    }
}
