package dev.hireable.rules.registry;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolVocabulary;

import java.util.List;

/** Model registry: code (or config) that registers, versions or loads a model from a registry rules/registry.yaml knows. */
public final class RegistryModule implements RuleModule<Boolean> {

    static final String USED = "registry.used";

    private static final int MAX_EVIDENCE = 5;

    private final RuleBook<ToolVocabulary> book;

    public RegistryModule(RuleCatalog catalog) {
        this.book = catalog.book("registry.yaml", ToolVocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public List<String> ruleIds() {
        return List.of(USED);
    }

    @Override
    public ModuleResult<Boolean> evaluate(RepoContext context) {
        ToolScan scan = ToolScan.of(context, book.vocabulary().tools());
        return new ModuleResult<>(scan.found(), List.of(scan.finding(book, USED, MAX_EVIDENCE)));
    }
}
