package dev.hireable.rules;

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

    static final List<Function<RuleCatalog, RuleModule>> ALL = List.of(
            SnapshotModule::new,
            ReadmeModule::new,
            CiModule::new,
            DockerfileModule::new,
            TrackingModule::new,
            RegistryModule::new,
            DataVersioningModule::new,
            EndpointModule::new,
            OrchestrationModule::new,
            MonitoringModule::new,
            FeatureStoreModule::new,
            TestSuiteModule::new,
            NotebookModule::new,
            ToyDatasetModule::new,
            StubsModule::new,
            SyntheticDataModule::new,
            EvalOnTrainModule::new,
            ClaimsModule::new,
            ArchetypeModule::new);

    private Modules() {}

    /** Every module, built over the catalog's rule files. */
    public static List<RuleModule> all(RuleCatalog catalog) {
        return ALL.stream().map(factory -> factory.apply(catalog)).toList();
    }
}
