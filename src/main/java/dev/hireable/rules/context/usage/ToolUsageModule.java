package dev.hireable.rules.context.usage;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;

import java.util.List;
import java.util.function.Function;

/**
 * A module with one "which tools are used" rule over the {@link ToolVocabulary} of its own rule file
 * rules/NAME.yaml: {@code pass} with the uses, else {@code fail}, or {@code unknown} when files that might show a
 * use could not be read (see {@link ToolScan#finding}). Each module says what the engine learns from the scan.
 *
 * @param <S> the module's signal
 */
public abstract class ToolUsageModule<S> implements RuleModule<S> {

    private static final int MAX_EVIDENCE = 5;

    private final String name;
    private final String ruleId;
    private final RuleBook<ToolVocabulary> book;
    private final Function<ToolScan, S> signal;

    protected ToolUsageModule(RuleCatalog catalog, String name, String ruleId, Function<ToolScan, S> signal) {
        this.name = name;
        this.ruleId = ruleId;
        this.signal = signal;
        this.book = catalog.book(name + ".yaml", ToolVocabulary.class, List.of(ruleId));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> ruleIds() {
        return List.of(ruleId);
    }

    @Override
    public final ModuleResult<S> evaluate(RepoContext context) {
        ToolScan scan = ToolScan.of(context, book.vocabulary());
        return new ModuleResult<>(signal.apply(scan), List.of(scan.finding(book, ruleId, MAX_EVIDENCE)));
    }
}
