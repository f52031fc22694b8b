package dev.hireable.rules.registry;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.ToolSigns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model registry: code (or config) that registers, versions or loads a model from a registry rules/registry.yaml knows. */
public final class RegistryModule implements RuleModule<Boolean> {

    static final String USED = "registry.used";

    private static final int MAX_EVIDENCE = 5;

    /** The vocabulary of rules/registry.yaml: registry id → the code and files that show it in use. */
    public record Vocabulary(Map<String, ToolSigns> registries) {
        public Vocabulary {
            if (registries == null || registries.isEmpty()) {
                throw new IllegalArgumentException("'registries' needs at least one model registry");
            }
            registries = Collections.unmodifiableMap(new LinkedHashMap<>(registries));
        }
    }

    private final RuleBook<Vocabulary> book;

    public RegistryModule(RuleCatalog catalog) {
        this.book = catalog.book("registry.yaml", Vocabulary.class, ruleIds());
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
        ToolSigns.Search search = ToolSigns.search(book.vocabulary().registries(), context, MAX_EVIDENCE);
        return new ModuleResult<>(search.tool().isPresent(), List.of(search.finding(book, USED, "registry", context)));
    }
}
