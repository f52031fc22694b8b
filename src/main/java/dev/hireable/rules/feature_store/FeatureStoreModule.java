package dev.hireable.rules.feature_store;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolUsageModule;

/**
 * Feature stores: features defined and served through Feast, Tecton or Hopsworks, as rules/feature_store.yaml
 * describes them. A declared dependency alone does not count.
 */
public final class FeatureStoreModule extends ToolUsageModule {

    static final String USED = "feature_store.used";

    public FeatureStoreModule(RuleCatalog catalog) {
        super(catalog, "feature_store", USED);
    }
}
