package dev.hireable.rules.orchestration;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolUsageModule;

import java.util.List;

/**
 * Pipeline orchestration: the orchestrators of rules/orchestration.yaml a repository uses in code (flows, DAGs,
 * pipelines) or in configs. A declared dependency alone does not count.
 */
public final class OrchestrationModule extends ToolUsageModule<List<String>> {

    static final String USED = "orchestration.used";

    public OrchestrationModule(RuleCatalog catalog) {
        super(catalog, "orchestration", USED, ToolScan::tools);
    }
}
