package dev.hireable.rules;

import dev.hireable.rules.context.RepoContext;
import java.util.Set;

/**
 * One rule module: reads a repository (its snapshot and shared facts) with its vocabulary from rules/NAME.yaml and
 * returns the signals that file declares and its findings. A pure function of the snapshot and the signals it
 * requires: no network, no printing, no state kept between calls. A new module is this class, its rule file, its
 * test with fixtures, and one line in {@link Modules}.
 */
public interface RuleModule {

    /** The module's one name: its package, its rule file ({@code tracking} reads rules/tracking.yaml), its rule ids' prefix. */
    String name();

    /**
     * The other modules' signals this module reads; the engine runs it after the modules that declare them and
     * passes exactly these. Empty for a module that reads only the repository.
     */
    default Set<String> requires() {
        return Set.of();
    }

    /**
     * @param required the signals of {@link #requires()}
     * @return every signal the module's rule file declares, and the findings behind them
     */
    ModuleResult evaluate(RepoContext context, SignalSet required);
}
