package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Finding;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.testing.TestSignals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the assessments the rule modules would make, so the standard can be tested on its own. */
final class Repo {

    private final String id;
    private boolean problem;
    private boolean approach;
    private boolean results;
    private boolean retrospective;
    private boolean readme = true;
    private List<String> dockerfiles = List.of();
    private List<String> trackingTools = List.of();
    private boolean trackingInCode;
    private List<String> serving = List.of();
    private List<String> liveUrls = List.of();
    private List<String> deployConfigs = List.of();
    private boolean deployed;
    private boolean registry;
    private boolean dataVersioning;
    private List<String> orchestration = List.of();
    private boolean monitoring;
    private boolean ci;
    private boolean tests;
    private boolean notebookOnly;
    private Optional<String> toy = Optional.empty();
    private final List<Archetype> archetypes = new ArrayList<>();
    private boolean tabularData;
    private boolean trainsModel;
    private boolean finetunes;
    private boolean pipeline;
    private Optional<Instant> createdAt = Optional.empty();
    private Optional<Instant> pushedAt = Optional.empty();
    /** How close creation and last push must be for a bulk upload, as rules/snapshot.yaml says. */
    private static final java.time.Duration BULK_WINDOW = java.time.Duration.ofMinutes(30);

    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    /** Signals of modules the builder has no method for (claims, stubs, ...), set as given. */
    private final SignalSet.Builder extra = SignalSet.builder();

    private boolean verified;

    private Repo(String id) {
        this.id = id;
    }

    static Repo named(String id) {
        return new Repo(id);
    }

    /** A README covering problem, approach, results and retrospective. */
    static Repo documented(String id) {
        return named(id).fullReadme();
    }

    /** Meets the tabular end-to-end slot: real tabular data, a model trained in code, a deployed API, a full README. */
    static Repo tabular(String id) {
        return documented(id).tabularData().trainsModel().deployedByConfig().serving("fastapi");
    }

    /** Meets the transformer slot: a fine-tuned pretrained model, deployed, a full README. */
    static Repo transformer(String id) {
        return documented(id).finetunes().trainsModel().liveUrl("https://huggingface.co/spaces/" + id);
    }

    /** Meets the MLOps slot: pipeline, tracking in code, registry, serving deployment, full README, supporting evidence. */
    static Repo mlops(String id) {
        return documented(id)
                .pipeline()
                .tracking("mlflow")
                .registry()
                .deployedByConfig()
                .serving("fastapi")
                .ci()
                .tests()
                .dataVersioning()
                .orchestration("prefect")
                .monitoring()
                .trainsModel();
    }

    Repo fullReadme() {
        problem = approach = results = retrospective = true;
        return this;
    }

    Repo readme(boolean problem, boolean approach, boolean results, boolean retrospective) {
        this.problem = problem;
        this.approach = approach;
        this.results = results;
        this.retrospective = retrospective;
        return this;
    }

    Repo noReadme() {
        readme = false;
        return readme(false, false, false, false);
    }

    Repo dockerfile() {
        dockerfiles = List.of("Dockerfile");
        return this;
    }

    Repo tracking(String tool) {
        trackingTools = List.of(tool);
        trackingInCode = true;
        return this;
    }

    Repo trackingDependencyOnly(String tool) {
        trackingTools = List.of(tool);
        trackingInCode = false;
        return this;
    }

    Repo serving(String framework) {
        serving = List.of(framework);
        return this;
    }

    Repo liveUrl(String url) {
        liveUrls = List.of(url);
        deployed = true;
        return this;
    }

    Repo deployedByConfig() {
        deployConfigs = List.of("render.yaml");
        deployed = true;
        return this;
    }

    Repo notDeployed() {
        liveUrls = List.of();
        deployConfigs = List.of();
        deployed = false;
        return this;
    }

    /** A live URL in the README that does not show a deployment (a probe found it dead). */
    Repo notDeployedButLinked(String url) {
        liveUrls = List.of(url);
        deployConfigs = List.of();
        deployed = false;
        return this;
    }

    Repo registry() {
        registry = true;
        return this;
    }

    Repo noRegistry() {
        registry = false;
        return this;
    }

    Repo dataVersioning() {
        dataVersioning = true;
        return this;
    }

    Repo orchestration(String tool) {
        orchestration = List.of(tool);
        return this;
    }

    Repo monitoring() {
        monitoring = true;
        return this;
    }

    Repo ci() {
        ci = true;
        return this;
    }

    Repo tests() {
        tests = true;
        return this;
    }

    Repo notebookOnly() {
        notebookOnly = true;
        return this;
    }

    Repo toy(String dataset) {
        toy = Optional.of(dataset);
        return this;
    }

    Repo tabularData() {
        tabularData = true;
        archetypes.add(Archetype.TABULAR_E2E);
        return this;
    }

    Repo trainsModel() {
        trainsModel = true;
        return this;
    }

    Repo finetunes() {
        finetunes = true;
        archetypes.add(Archetype.TRANSFORMER_FINETUNE);
        return this;
    }

    Repo pipeline() {
        pipeline = true;
        archetypes.add(Archetype.MLOPS);
        return this;
    }

    Repo pushedWithin(Instant created, Instant pushed) {
        createdAt = Optional.of(created);
        pushedAt = Optional.of(pushed);
        return this;
    }

    private boolean singlePush() {
        return createdAt.isPresent()
                && pushedAt.isPresent()
                && java.time.Duration.between(createdAt.get(), pushedAt.get())
                                .abs()
                                .compareTo(BULK_WINDOW)
                        <= 0;
    }

    /** The signal could not be decided (its deciding rule came out unknown). */
    Repo undecided(String signal) {
        unknown.add(signal);
        return this;
    }

    /** A live probe found the deployment answering. */
    Repo verified() {
        verified = true;
        return this;
    }

    /** Any other module's list signal, e.g. {@code claims.unbuilt}. */
    Repo names(String signal, String... names) {
        extra.names(signal, List.of(names));
        return this;
    }

    /** Any other module's flag, e.g. {@code claims.monitoring}. */
    Repo flag(String signal) {
        extra.flag(signal, true);
        return this;
    }

    Repo finding(Finding finding) {
        findings.add(finding);
        return this;
    }

    RepoAssessment build() {
        RepoMetadata metadata = new RepoMetadata(
                id,
                Optional.of("https://github.com/" + id),
                Optional.of("0".repeat(40)),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false,
                false,
                createdAt,
                pushedAt,
                Optional.of("main"));
        SignalSet signals = TestSignals.none()
                .readme(readme ? Optional.of("README.md") : Optional.empty(), problem, approach, results, retrospective)
                .dockerfile(dockerfiles)
                .tracking(trackingTools, trackingInCode)
                .endpoint(serving, liveUrls, deployConfigs, deployed)
                .registry(registry)
                .dataVersioning(dataVersioning)
                .orchestration(orchestration)
                .monitoring(monitoring)
                .ci(ci)
                .tests(tests)
                .notebookOnly(notebookOnly)
                .toyDataset(toy)
                .archetypes(List.copyOf(new java.util.LinkedHashSet<>(archetypes)))
                .traits(tabularData, trainsModel, finetunes, pipeline)
                .metadata(false, false, singlePush())
                .verified(verified)
                .build()
                .plus(extra.build())
                .withUnknown(unknown);
        return new RepoAssessment(metadata, signals, findings);
    }
}
