package dev.hireable.rules.monitoring;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.ToolScan;
import dev.hireable.rules.context.usage.ToolVocabulary;

import java.util.List;

/**
 * Monitoring of the model and its service: drift and data-quality tools, and Prometheus/Grafana instrumentation, as
 * rules/monitoring.yaml describes them. A declared dependency alone does not count.
 */
public final class MonitoringModule implements RuleModule<Boolean> {

    static final String USED = "monitoring.used";

    private static final int MAX_EVIDENCE = 5;

    private final RuleBook<ToolVocabulary> book;

    public MonitoringModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", ToolVocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "monitoring";
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
