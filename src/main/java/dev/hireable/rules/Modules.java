package dev.hireable.rules;

import dev.hireable.concurrent.SideBySide;
import dev.hireable.rules.archetype.ArchetypeModule;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.ci.CiModule;
import dev.hireable.rules.claims.ClaimsModule;
import dev.hireable.rules.data_versioning.DataVersioningModule;
import dev.hireable.rules.dockerfile.DockerfileModule;
import dev.hireable.rules.endpoint.EndpointModule;
import dev.hireable.rules.eval_on_train.EvalOnTrainModule;
import dev.hireable.rules.feature_store.FeatureStoreModule;
import dev.hireable.rules.monitoring.MonitoringModule;
import dev.hireable.rules.notebook.NotebookModule;
import dev.hireable.rules.orchestration.OrchestrationModule;
import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.rules.registry.RegistryModule;
import dev.hireable.rules.snapshot.SnapshotModule;
import dev.hireable.rules.stubs.StubsModule;
import dev.hireable.rules.synthetic_data.SyntheticDataModule;
import dev.hireable.rules.tests.TestSuiteModule;
import dev.hireable.rules.toy_dataset.ToyDatasetModule;
import dev.hireable.rules.tracking.TrackingModule;
import java.util.List;
import java.util.function.Function;

/**
 * Every rule module, one line each. The order is the order of findings in every report and of the check matrix's
 * columns; the engine runs modules side by side, after the modules whose signals they require.
 */
public final class Modules {

    /** A module as registered: the name of its rule file (and package), and how to build it over the catalog. */
    record Registered(String name, Function<RuleCatalog, RuleModule> factory) {}

    static final List<Registered> ALL = List.of(
            new Registered("snapshot", SnapshotModule::new),
            new Registered("readme", ReadmeModule::new),
            new Registered("ci", CiModule::new),
            new Registered("dockerfile", DockerfileModule::new),
            new Registered("tracking", TrackingModule::new),
            new Registered("registry", RegistryModule::new),
            new Registered("data_versioning", DataVersioningModule::new),
            new Registered("endpoint", EndpointModule::new),
            new Registered("orchestration", OrchestrationModule::new),
            new Registered("monitoring", MonitoringModule::new),
            new Registered("feature_store", FeatureStoreModule::new),
            new Registered("tests", TestSuiteModule::new),
            new Registered("notebook", NotebookModule::new),
            new Registered("toy_dataset", ToyDatasetModule::new),
            new Registered("stubs", StubsModule::new),
            new Registered("synthetic_data", SyntheticDataModule::new),
            new Registered("eval_on_train", EvalOnTrainModule::new),
            new Registered("claims", ClaimsModule::new),
            new Registered("archetype", ArchetypeModule::new));

    private Modules() {}

    /** Every module, built over the catalog's rule files. */
    public static List<RuleModule> all(RuleCatalog catalog) {
        // side by side: binding a module's vocabulary is most of an audit's start-up
        RuleModule[] modules = new RuleModule[ALL.size()];
        SideBySide.forEachIndex(modules.length, i -> {
            Registered registered = ALL.get(i);
            RuleModule module = registered.factory().apply(catalog);
            if (!module.name().equals(registered.name())) {
                throw new IllegalStateException(
                        "the module registered as " + registered.name() + " names itself " + module.name());
            }
            modules[i] = module;
        });
        return List.of(modules);
    }

    /** The modules' names, in report order, without building them. */
    static List<String> names() {
        return ALL.stream().map(Registered::name).toList();
    }
}
