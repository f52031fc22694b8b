package dev.hireable.rules;

import dev.hireable.rules.context.RepoContext;

import java.util.List;

/**
 * One rule module: reads a repository (its snapshot and shared facts) with its vocabulary from rules/NAME.yaml and returns its part of the signals
 * and its findings. A pure function of the snapshot: no network, no printing, no state kept between calls.
 *
 * @param <S> the module's part of {@link Signals}
 */
public interface RuleModule<S> {

    /** The module's name, which is also its rule file: {@code tracking} reads rules/tracking.yaml. */
    String name();

    /** The ids of the rules the module emits; each must be documented in its rule file. */
    List<String> ruleIds();

    ModuleResult<S> evaluate(RepoContext context);
}
