package dev.hireable.testing;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.SignalSet;
import java.util.List;
import java.util.Optional;

/**
 * Signals as the rule modules would report them, written by hand for tests of the standard and the renderers.
 * Starts with every signal of the built-in rules absent; each method sets one module's part.
 */
public final class TestSignals {

    private final SignalSet.Builder builder = SignalSet.builder();

    private TestSignals() {
        readme(Optional.empty(), false, false, false, false);
        dockerfile(List.of());
        tracking(List.of(), false);
        endpoint(List.of(), List.of(), List.of(), false);
        registry(false)
                .dataVersioning(false)
                .orchestration(List.of())
                .monitoring(false)
                .ci(false)
                .tests(false);
        notebookOnly(false).toyDataset(Optional.empty()).archetypes(List.of(Archetype.OTHER));
        traits(false, false, false, false);
        builder.flag("snapshot.fork", false).flag("snapshot.archived", false).flag("snapshot.single_push", false);
        verified(false);
    }

    public static TestSignals none() {
        return new TestSignals();
    }

    public TestSignals readme(
            Optional<String> path, boolean problem, boolean approach, boolean results, boolean retrospective) {
        builder.text("readme.path", path)
                .flag("readme.missing", path.isEmpty())
                .flag("readme.problem", problem)
                .flag("readme.approach", approach)
                .flag("readme.results", results)
                .flag("readme.retrospective", retrospective);
        return this;
    }

    public TestSignals dockerfile(List<String> paths) {
        builder.flag("dockerfile.present", !paths.isEmpty()).names("dockerfile.paths", paths);
        return this;
    }

    public TestSignals tracking(List<String> tools, boolean usedInCode) {
        builder.names("tracking.tools", tools).flag("tracking.used_in_code", usedInCode);
        return this;
    }

    public TestSignals endpoint(
            List<String> serving, List<String> liveUrls, List<String> deployConfigs, boolean deployed) {
        builder.names("endpoint.serving", serving)
                .names("endpoint.live_urls", liveUrls)
                .names("endpoint.deploy_configs", deployConfigs)
                .flag("endpoint.deployed", deployed);
        return this;
    }

    public TestSignals registry(boolean used) {
        builder.flag("registry.used", used);
        return this;
    }

    public TestSignals dataVersioning(boolean used) {
        builder.flag("data_versioning.used", used);
        return this;
    }

    public TestSignals orchestration(List<String> tools) {
        builder.names("orchestration.tools", tools);
        return this;
    }

    public TestSignals monitoring(boolean used) {
        builder.flag("monitoring.used", used);
        return this;
    }

    public TestSignals ci(boolean present) {
        builder.flag("ci.present", present).names("ci.systems", present ? List.of("github-actions") : List.of());
        return this;
    }

    public TestSignals tests(boolean present) {
        builder.flag("tests.present", present);
        return this;
    }

    public TestSignals notebookOnly(boolean only) {
        builder.flag("notebook.only", only);
        return this;
    }

    public TestSignals toyDataset(Optional<String> name) {
        builder.text("toy_dataset.name", name);
        return this;
    }

    public TestSignals archetypes(List<Archetype> kinds) {
        builder.names(
                Archetype.SIGNAL,
                kinds.stream().filter(Archetype::isSlot).map(Archetype::id).toList());
        return this;
    }

    public TestSignals traits(boolean tabularData, boolean trainsModel, boolean finetunesPretrained, boolean pipeline) {
        builder.flag("archetype.tabular_data", tabularData)
                .flag("notebook.training_code", trainsModel)
                .flag("archetype.finetunes_pretrained", finetunesPretrained)
                .flag("archetype.pipeline", pipeline);
        return this;
    }

    public TestSignals metadata(boolean fork, boolean archived, boolean singlePush) {
        builder.flag("snapshot.fork", fork)
                .flag("snapshot.archived", archived)
                .flag("snapshot.single_push", singlePush);
        return this;
    }

    public TestSignals unknown(String id) {
        builder.unknown(id);
        return this;
    }

    public TestSignals unknown(List<String> ids) {
        ids.forEach(builder::unknown);
        return this;
    }

    /** A live probe found an endpoint answering. */
    public TestSignals verified(boolean verified) {
        builder.flag("probe.verified", verified);
        return this;
    }

    public SignalSet build() {
        return builder.build();
    }
}
