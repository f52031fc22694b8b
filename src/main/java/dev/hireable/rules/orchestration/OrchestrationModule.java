package dev.hireable.rules.orchestration;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolVocabulary;

import java.util.List;

/**
 * Pipeline orchestration: the orchestrators of rules/orchestration.yaml a repository uses in code (flows, DAGs,
 * pipelines) or in configs. A declared dependency alone does not count.
 */
public final class OrchestrationModule implements RuleModule<List<String>> {

    static final String USED = "orchestration.used";

    private static final int MAX_EVIDENCE = 5;

    private final RuleBook<ToolVocabulary> book;

    public OrchestrationModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", ToolVocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "orchestration";
    }

    @Override
    public List<String> ruleIds() {
        return List.of(USED);
    }

    @Override
    public ModuleResult<List<String>> evaluate(RepoContext context) {
        ToolScan scan = ToolScan.of(context, book.vocabulary().tools());
        return new ModuleResult<>(scan.tools(), List.of(scan.finding(book, USED, MAX_EVIDENCE)));
    }
}
