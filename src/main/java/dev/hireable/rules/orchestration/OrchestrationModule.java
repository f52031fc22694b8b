package dev.hireable.rules.orchestration;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolUsageModule;

/**
 * Pipeline orchestration: the orchestrators of rules/orchestration.yaml a repository uses in code (flows, DAGs,
 * pipelines) or in configs. A declared dependency alone does not count.
 */
public final class OrchestrationModule extends ToolUsageModule {

    static final String USED = "orchestration.used";

    public OrchestrationModule(RuleCatalog catalog) {
        super(catalog, "orchestration", USED);
    }
}
