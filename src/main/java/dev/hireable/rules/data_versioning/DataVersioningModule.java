package dev.hireable.rules.data_versioning;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolUsageModule;

/**
 * Data versioning: DVC pointer files and pipelines, lakeFS or Delta Lake, as rules/data_versioning.yaml describes
 * them. A declared package alone does not count; it is shown as evidence on the failing finding.
 */
public final class DataVersioningModule extends ToolUsageModule {

    static final String USED = "data_versioning.used";

    public DataVersioningModule(RuleCatalog catalog) {
        super(catalog, "data_versioning", USED);
    }
}
