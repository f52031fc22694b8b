package dev.hireable.report;

import dev.hireable.rules.Signals;
import dev.hireable.standard.ScoredRepo;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What must hold of a repository for an interview question to be asked about it; named in rules/questions.yaml. */
public enum QuestionTrigger {
    MODEL_REGISTRY(r -> signals(r).modelRegistry()),
    EXPERIMENT_TRACKING(r -> signals(r).experimentTracking().usedInCode()),
    TRACKING_TOOL(r -> !signals(r).experimentTracking().tools().isEmpty()),
    SERVING(r -> !signals(r).endpoint().serving().isEmpty()),
    DEPLOYED(r -> signals(r).endpoint().deployed()),
    LIVE_URL(r -> !signals(r).endpoint().liveUrls().isEmpty()),
    DOCKERFILE(r -> signals(r).dockerfile().present()),
    DATA_VERSIONING(r -> signals(r).dataVersioning()),
    ORCHESTRATION(r -> !signals(r).orchestration().isEmpty()),
    MONITORING(r -> signals(r).monitoring()),
    CI(r -> signals(r).ci()),
    TESTS(r -> signals(r).tests()),
    README_RESULTS(r -> signals(r).readme().results()),
    README_RETROSPECTIVE(r -> signals(r).readme().retrospective()),
    TOY_DATASET(r -> signals(r).toyDataset().isPresent()),
    NOTEBOOK_ONLY(r -> signals(r).notebookOnly()),
    TABULAR_DATA(r -> r.assessment().archetypes().tabularData()),
    TRAINS_MODEL(r -> r.assessment().archetypes().trainsModelInCode()),
    FINETUNES_PRETRAINED(r -> r.assessment().archetypes().finetunesPretrained()),
    PIPELINE(r -> r.assessment().archetypes().pipeline()),
    FORK(r -> r.assessment().metadata().fork()),
    ARCHIVED(r -> r.assessment().metadata().archived());

    private final Predicate<ScoredRepo> holds;

    QuestionTrigger(Predicate<ScoredRepo> holds) {
        this.holds = holds;
    }

    public boolean holds(ScoredRepo repo) {
        return holds.test(repo);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionTrigger fromId(String id) {
        for (QuestionTrigger trigger : values()) {
            if (trigger.id().equals(id)) {
                return trigger;
            }
        }
        throw new IllegalArgumentException("unknown condition '" + id + "' (use " + Arrays.stream(values())
                .map(QuestionTrigger::id).collect(Collectors.joining(", ")) + ")");
    }

    private static Signals signals(ScoredRepo repo) {
        return repo.assessment().signals();
    }
}
