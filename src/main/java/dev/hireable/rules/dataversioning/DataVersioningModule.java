package dev.hireable.rules.dataversioning;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolVocabulary;

import java.util.List;

/**
 * Data versioning: DVC pointer files and pipelines, lakeFS or Delta Lake, as rules/data_versioning.yaml describes
 * them. A declared package alone does not count; it is shown as evidence on the failing finding.
 */
public final class DataVersioningModule implements RuleModule<Boolean> {

    static final String USED = "data_versioning.used";

    private static final int MAX_EVIDENCE = 5;

    private final RuleBook<ToolVocabulary> book;

    public DataVersioningModule(RuleCatalog catalog) {
        this.book = catalog.book("data_versioning.yaml", ToolVocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "data_versioning";
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
