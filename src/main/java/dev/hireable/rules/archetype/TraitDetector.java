package dev.hireable.rules.archetype;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Signals;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.notebook.CodeCue;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

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

    private enum CodeGroup { FRAME, TABULAR, TABULAR_MODEL, TRANSFORMER, PRETRAINED, FINETUNE, PIPELINE, MEDIA }

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

    Traits detect(RepoContext context, Signals signals) {
        CodeIndex code = context.code();
        Map<CodeGroup, List<CodeLine>> lines = CodeCue.scan(code, codeGroups(), line -> true, PER_TRAIT);
        Map<Fact, List<Evidence>> found = new EnumMap<>(Fact.class);

        List<Evidence> tabularFiles = files(context, cues.tabularFiles());
        List<Evidence> frames = either(dependencies(context, cues.framePackages()), evidence(lines.get(CodeGroup.FRAME)));
        List<Evidence> tabularLibraries = either(dependencies(context, cues.tabularPackages()),
                evidence(lines.get(CodeGroup.TABULAR)));
        if (!tabularFiles.isEmpty()) {
            found.put(Fact.TABULAR_DATA, tabularFiles);
        } else if (!frames.isEmpty() && !tabularLibraries.isEmpty()) {
            found.put(Fact.TABULAR_DATA, List.of(frames.get(0), tabularLibraries.get(0)));
        }
        put(found, Fact.TABULAR_MODEL, either(evidence(lines.get(CodeGroup.TABULAR_MODEL)),
                dependencies(context, cues.tabularModelPackages())));
        put(found, Fact.TRANSFORMER_LIBRARY, either(dependencies(context, cues.transformerPackages()),
                evidence(lines.get(CodeGroup.TRANSFORMER))));
        put(found, Fact.TRAINS_MODEL, evidence(trainingLines.apply(code, PER_TRAIT)));
        List<CodeLine> pretrained = lines.getOrDefault(CodeGroup.PRETRAINED, List.of());
        List<CodeLine> finetune = lines.getOrDefault(CodeGroup.FINETUNE, List.of());
        if (!pretrained.isEmpty() && !finetune.isEmpty()) {
            found.put(Fact.FINETUNES_PRETRAINED, List.of(pretrained.get(0).evidence(), finetune.get(0).evidence()));
        }
        List<Evidence> pipeline = new ArrayList<>(files(context, cues.pipelineFiles()));
        pipeline.addAll(evidence(lines.get(CodeGroup.PIPELINE)));
        if (pipeline.isEmpty() && !signals.orchestration().isEmpty()) {
            pipeline.add(Evidence.file("."));
        }
        put(found, Fact.PIPELINE, pipeline.stream().limit(PER_TRAIT).toList());

        List<FileEntry> media = context.files(cues.mediaFiles().stream().map(Glob::of).toList());
        List<Evidence> mediaEvidence = media.size() >= cues.mediaMinFiles()
                ? media.stream().limit(PER_TRAIT).map(f -> Evidence.file(f.path())).toList() : List.of();
        put(found, Fact.MEDIA_DATA, either(either(mediaEvidence, dependencies(context, cues.mediaPackages())),
                evidence(lines.get(CodeGroup.MEDIA))));

        Set<Fact> undecided = EnumSet.noneOf(Fact.class);
        if (!code.problems().isEmpty()) {
            CODE_TRAITS.stream().filter(f -> !found.containsKey(f)).forEach(undecided::add);
        }
        return new Traits(found, undecided);
    }

    private Map<CodeGroup, List<CodeCue>> codeGroups() {
        Map<CodeGroup, List<CodeCue>> groups = new LinkedHashMap<>();
        groups.put(CodeGroup.FRAME, cues.frameImports());
        groups.put(CodeGroup.TABULAR, cues.tabularImports());
        groups.put(CodeGroup.TABULAR_MODEL, cues.tabularModels());
        groups.put(CodeGroup.TRANSFORMER, cues.transformerImports());
        groups.put(CodeGroup.PRETRAINED, cues.pretrainedLoads());
        groups.put(CodeGroup.FINETUNE, cues.finetuneCalls());
        groups.put(CodeGroup.PIPELINE, cues.pipelineCode());
        groups.put(CodeGroup.MEDIA, cues.mediaImports());
        return groups;
    }

    private static List<Evidence> files(RepoContext context, List<String> globs) {
        List<FileEntry> files = context.files(globs.stream().map(Glob::of).toList());
        return files.stream().limit(PER_TRAIT).map(f -> Evidence.file(f.path())).toList();
    }

    private static List<Evidence> dependencies(RepoContext context, List<String> packages) {
        return context.dependencies().named(packages).stream().limit(PER_TRAIT).map(Dependency::evidence).toList();
    }

    private static List<Evidence> evidence(List<CodeLine> lines) {
        return lines == null ? List.of() : lines.stream().map(CodeLine::evidence).toList();
    }

    private static List<Evidence> either(List<Evidence> first, List<Evidence> second) {
        return first.isEmpty() ? second : first;
    }

    private static void put(Map<Fact, List<Evidence>> found, Fact fact, List<Evidence> evidence) {
        if (!evidence.isEmpty()) {
            found.put(fact, evidence);
        }
    }
}
