package dev.hireable.rules.registry;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.usage.ToolUsageModule;

/** Model registry: code (or config) that registers, versions or loads a model from a registry rules/registry.yaml knows. */
public final class RegistryModule extends ToolUsageModule {

    static final String USED = "registry.used";

    public RegistryModule(RuleCatalog catalog) {
        super(catalog, "registry", USED);
    }
}
