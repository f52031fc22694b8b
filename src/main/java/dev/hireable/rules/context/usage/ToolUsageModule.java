package dev.hireable.rules.context.usage;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import java.util.List;

/**
 * A module with one "which tools are used" rule over the {@link ToolVocabulary} of its own rule file
 * rules/NAME.yaml: {@code pass} with the uses, else {@code fail}, or {@code unknown} when files that might show a
 * use could not be read (see {@link ToolScan#finding}). Its rule file declares one or both of the signals
 * {@code NAME.used} (a flag: some tool is used) and {@code NAME.tools} (the list of tools used).
 */
public abstract class ToolUsageModule implements RuleModule {

    private static final int MAX_EVIDENCE = 5;

    private final String name;
    private final String ruleId;
    private final RuleBook<ToolVocabulary> book;

    protected ToolUsageModule(RuleCatalog catalog, String name, String ruleId) {
        this.name = name;
        this.ruleId = ruleId;
        this.book = catalog.book(name + ".yaml", ToolVocabulary.class, List.of(ruleId));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ModuleResult evaluate(RepoContext context, SignalSet required) {
        ToolScan scan = ToolScan.of(context, book.vocabulary());
        List<Evidence> shown = scan.firstEvidence(MAX_EVIDENCE);
        SignalSet.Builder signals = book.signalBuilder();
        if (book.signals().containsKey(name + ".used")) {
            signals.flag(name + ".used", scan.found(), shown);
        }
        if (book.signals().containsKey(name + ".tools")) {
            signals.names(name + ".tools", scan.tools(), shown);
        }
        return new ModuleResult(signals.build(), scan.finding(book, ruleId, MAX_EVIDENCE));
    }
}
