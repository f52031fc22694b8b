package dev.hireable.rules;

import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.archetype.ArchetypeModule;
import dev.hireable.rules.ci.CiModule;
import dev.hireable.rules.data_versioning.DataVersioningModule;
import dev.hireable.rules.dockerfile.DockerfileModule;
import dev.hireable.rules.registry.RegistryModule;
import dev.hireable.rules.tracking.TrackingModule;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.rules.endpoint.EndpointModule;
import dev.hireable.rules.monitoring.MonitoringModule;
import dev.hireable.rules.orchestration.OrchestrationModule;
import dev.hireable.rules.tests.TestSuiteModule;
import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.rules.notebook.NotebookModule;
import dev.hireable.rules.toy_dataset.ToyDatasetModule;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs every rule module over one snapshot and assembles the signals. The one place that knows the module set.
 * A module that fails is reported as an {@code unknown} finding, never as a crash of the audit.
 */
public final class RuleEngine {

    static final String LISTING = "snapshot.listing";
    static final String TRUNCATED = "snapshot.truncated";
    static final String UNREADABLE = "snapshot.unreadable";
    private static final int MAX_LISTED_FILES = 10;

    private final RuleBook<SourceVocabulary> sources;
    private final CiModule ci;
    private final DockerfileModule dockerfile;
    private final TrackingModule tracking;
    private final RegistryModule registry;
    private final DataVersioningModule dataVersioning;
    private final EndpointModule endpoint;
    private final OrchestrationModule orchestration;
    private final MonitoringModule monitoring;
    private final TestSuiteModule tests;
    private final ReadmeModule readme;
    private final NotebookModule notebook;
    private final ToyDatasetModule toyData;
    private final ArchetypeModule archetype;

    public RuleEngine(RuleCatalog catalog) {
        this.sources = catalog.book("snapshot.yaml", SourceVocabulary.class, List.of(LISTING, TRUNCATED, UNREADABLE));
        this.ci = new CiModule(catalog);
        this.dockerfile = new DockerfileModule(catalog);
        this.tracking = new TrackingModule(catalog);
        this.registry = new RegistryModule(catalog);
        this.dataVersioning = new DataVersioningModule(catalog);
        this.endpoint = new EndpointModule(catalog);
        this.orchestration = new OrchestrationModule(catalog);
        this.monitoring = new MonitoringModule(catalog);
        this.tests = new TestSuiteModule(catalog);
        this.readme = new ReadmeModule(catalog);
        this.notebook = new NotebookModule(catalog);
        this.toyData = new ToyDatasetModule(catalog);
        this.archetype = new ArchetypeModule(catalog, notebook::trainingLines);
    }

    /** The vocabulary of rules/snapshot.yaml, which the sources also need (ignored folders). */
    public SourceVocabulary sourceVocabulary() {
        return sources.vocabulary();
    }

    public RepoAssessment assess(Snapshot snapshot) {
        RepoContext context = new RepoContext(snapshot, sources.vocabulary(), readme.locator());
        List<Finding> findings = new ArrayList<>(snapshotFindings(context));

        // the modules are independent pure functions of the context: evaluate them side by side, report in order
        context.prepare();
        Evaluation<ReadmeSignal> readmeRun = new Evaluation<>(readme, ReadmeSignal.none());
        Evaluation<Boolean> ciRun = new Evaluation<>(ci, false);
        Evaluation<DockerfileSignal> dockerfileRun = new Evaluation<>(dockerfile, new DockerfileSignal(List.of()));
        Evaluation<TrackingSignal> trackingRun = new Evaluation<>(tracking, TrackingSignal.none());
        Evaluation<Boolean> registryRun = new Evaluation<>(registry, false);
        Evaluation<Boolean> dataVersioningRun = new Evaluation<>(dataVersioning, false);
        Evaluation<EndpointSignal> endpointRun = new Evaluation<>(endpoint, EndpointSignal.none());
        Evaluation<List<String>> orchestrationRun = new Evaluation<>(orchestration, List.of());
        Evaluation<Boolean> monitoringRun = new Evaluation<>(monitoring, false);
        Evaluation<Boolean> testsRun = new Evaluation<>(tests, false);
        Evaluation<Boolean> notebookRun = new Evaluation<>(notebook, false);
        Evaluation<Optional<String>> toyDataRun = new Evaluation<>(toyData, Optional.empty());
        List<Evaluation<?>> evaluations = List.of(readmeRun, ciRun, dockerfileRun, trackingRun, registryRun,
                dataVersioningRun, endpointRun, orchestrationRun, monitoringRun, testsRun, notebookRun, toyDataRun);
        evaluations.parallelStream().forEach(evaluation -> evaluation.run(context));
        evaluations.forEach(evaluation -> findings.addAll(evaluation.findings));

        ReadmeSignal readmeSignal = readmeRun.signal;
        boolean ciPresent = ciRun.signal;
        DockerfileSignal dockerfileSignal = dockerfileRun.signal;
        TrackingSignal trackingSignal = trackingRun.signal;
        boolean registryUsed = registryRun.signal;
        boolean dataVersioned = dataVersioningRun.signal;
        EndpointSignal endpointSignal = endpointRun.signal;
        List<String> orchestrators = orchestrationRun.signal;
        boolean monitored = monitoringRun.signal;
        boolean testsPresent = testsRun.signal;
        boolean notebookOnly = notebookRun.signal;
        Optional<String> toyDataset = toyDataRun.signal;

        Signals signals = new Signals(
                readmeSignal,
                dockerfileSignal,
                trackingSignal,
                endpointSignal,
                registryUsed,
                dataVersioned,
                orchestrators,
                monitored,
                ciPresent,
                testsPresent,
                notebookOnly,
                toyDataset);
        // derived modules run last: they read the signals above
        ArchetypeSignal archetypes = runGuarded(archetype.name(), () -> archetype.evaluate(context, signals),
                ArchetypeSignal.other(), findings);
        return new RepoAssessment(snapshot.metadata(), signals, archetypes, withLinks(findings, snapshot.metadata()));
    }

    /** One module's run: its signal (the fallback if it failed) and its findings, filled by {@link #run}. */
    private final class Evaluation<S> {
        private final RuleModule<S> module;
        private S signal;
        private List<Finding> findings = List.of();

        Evaluation(RuleModule<S> module, S fallback) {
            this.module = module;
            this.signal = fallback;
        }

        void run(RepoContext context) {
            List<Finding> own = new ArrayList<>();
            signal = runGuarded(module.name(), () -> module.evaluate(context), signal, own);
            findings = own;
        }
    }

    private <S> S runGuarded(String name, Supplier<ModuleResult<S>> evaluation, S fallback, List<Finding> findings) {
        try {
            ModuleResult<S> result = evaluation.get();
            findings.addAll(result.findings());
            return result.signal();
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(sources.findingWithMessage(UNREADABLE, Outcome.UNKNOWN,
                    "The " + name + " checks could not finish (" + e.getClass().getSimpleName() + "); their signals are unknown.",
                    List.of(Evidence.file("."))));
            return fallback;
        }
    }

    private List<Finding> snapshotFindings(RepoContext context) {
        List<Finding> findings = new ArrayList<>();
        Snapshot snapshot = context.snapshot();
        for (String note : snapshot.tree().notes()) {
            findings.add(sources.finding(LISTING, Outcome.UNKNOWN, List.of(Evidence.file(notePath(note))), Map.of("note", note)));
        }
        if (snapshot.tree().truncated()) {
            findings.add(sources.finding(TRUNCATED, Outcome.UNKNOWN, List.of(Evidence.file(".")),
                    Map.of("files", String.valueOf(snapshot.tree().size()))));
        }
        List<CodeIndex.CodeFile> unreadable = context.code().problems();
        if (!unreadable.isEmpty()) {
            String note = unreadable.size() == 1 ? unreadable.get(0).problem().orElseThrow()
                    : unreadable.size() + " code files could not be read, e.g. " + unreadable.get(0).problem().orElseThrow();
            List<Evidence> evidence = unreadable.stream().limit(MAX_LISTED_FILES).map(f -> Evidence.file(f.path())).toList();
            findings.add(sources.finding(UNREADABLE, Outcome.UNKNOWN, evidence, Map.of("note", note)));
        }
        return findings;
    }

    private static String notePath(String note) {
        int space = note.indexOf(' ');
        return space > 0 ? note.substring(0, space) : ".";
    }

    private static List<Finding> withLinks(List<Finding> findings, RepoMetadata metadata) {
        return findings.stream().map(f -> new Finding(f.rule(), f.outcome(), f.message(),
                f.evidence().stream().map(e -> e.url().isPresent() || e.path().isEmpty() ? e
                        : e.withUrl(metadata.fileUrl(e.path().get(), e.line()))).toList(),
                f.remediation())).toList();
    }
}
