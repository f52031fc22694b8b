package dev.hireable.rules.registry;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolSignature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model registry: code or config that registers a model in a registry rules/registry.yaml knows, or loads one from
 * it, and models the author published on the Hugging Face Hub under the repository owner's name.
 */
public final class RegistryModule implements RuleModule {

    static final String USED = "registry.used";
    private static final int MAX_EVIDENCE = 5;

    /** The vocabulary of rules/registry.yaml. */
    public record Vocabulary(Map<String, ToolSignature> tools, AuthorModels authorModels) {
        public Vocabulary {
            if (tools == null || tools.isEmpty() || authorModels == null) {
                throw new IllegalArgumentException("'tools' and 'author_models' are required");
            }
            tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        }
    }

    private final RuleBook<Vocabulary> book;

    public RegistryModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, List.of(USED));
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Vocabulary vocabulary = book.vocabulary();
        AuthorModels authorModels = vocabulary.authorModels();
        ToolScan scan = ToolScan.of(context, vocabulary.tools()).with(authorModels.tool(), authorModels.find(context));
        SignalSet signals = book.signalBuilder()
                .flag(USED, scan.found(), scan.firstEvidence(MAX_EVIDENCE))
                .build();
        return new ModuleResult(signals, scan.finding(book, USED, MAX_EVIDENCE));
    }
}
