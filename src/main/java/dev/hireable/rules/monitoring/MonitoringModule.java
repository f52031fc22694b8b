package dev.hireable.rules.monitoring;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolUsageModule;

/**
 * Monitoring of the model and its service: drift and data-quality tools, and Prometheus/Grafana instrumentation, as
 * rules/monitoring.yaml describes them. A declared dependency alone does not count.
 */
public final class MonitoringModule extends ToolUsageModule {

    static final String USED = "monitoring.used";

    public MonitoringModule(RuleCatalog catalog) {
        super(catalog, "monitoring", USED);
    }
}
