package dev.hireable.rules;

import dev.hireable.rules.context.RepoContext;

import java.util.List;

/**
 * A rule module that builds on what the other modules found: it reads the repository and the {@link Signals} the
 * {@link RuleModule}s assembled, so the engine runs it after them. Otherwise the same contract: a pure function,
 * its vocabulary and texts in rules/NAME.yaml.
 *
 * @param <S> the module's signal
 */
public interface DerivedRuleModule<S> {

    String name();

    List<String> ruleIds();

    ModuleResult<S> evaluate(RepoContext context, Signals signals);
}
