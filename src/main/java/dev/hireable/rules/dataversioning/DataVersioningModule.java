package dev.hireable.rules.dataversioning;

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

/**
 * Data versioning: DVC pointer files and pipelines, lakeFS or Delta Lake, as rules/data_versioning.yaml describes
 * them. A declared package alone does not count; it is shown as evidence on the failing finding.
 */
public final class DataVersioningModule implements RuleModule<Boolean> {

    static final String USED = "data_versioning.used";

    private static final int MAX_EVIDENCE = 5;

    /** The vocabulary of rules/data_versioning.yaml: tool id → how it shows. */
    public record Vocabulary(Map<String, ToolSigns> tools) {
        public Vocabulary {
            if (tools == null || tools.isEmpty()) {
                throw new IllegalArgumentException("'tools' needs at least one data versioning tool");
            }
            tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        }
    }

    private final RuleBook<Vocabulary> book;

    public DataVersioningModule(RuleCatalog catalog) {
        this.book = catalog.book("data_versioning.yaml", Vocabulary.class, ruleIds());
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
        ToolSigns.Search search = ToolSigns.search(book.vocabulary().tools(), context, MAX_EVIDENCE);
        return new ModuleResult<>(search.tool().isPresent(), List.of(search.finding(book, USED, "tool", context)));
    }
}
