package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.Optional;

/**
 * A concrete action with what it would change: {@code impact} and {@code standardMetAfter} are computed by
 * re-scoring the portfolio with the action done, never guessed.
 *
 * @param repo             the repository to change, or a placeholder such as "(new repository)" for a new project
 * @param requirement      the requirement of rules/standard.yaml the action meets, e.g. {@code model_registry}; for a
 *                         new project, the slot it would fill
 * @param newProject       true when the step is to build a project for a slot nothing fills
 * @param standardMetAfter how many slots would be met with the step done
 * @param completes        the slot the step would take to met, if it completes one
 * @param note             why the step is needed when the reason is not obvious, e.g. that a repository qualifies for
 *                         the slot but fills another
 */
public record NextStep(
        String repo,
        String action,
        int impact,
        String requirement,
        boolean newProject,
        int standardMetAfter,
        Optional<Archetype> completes,
        Optional<String> note) {

    public NextStep(String repo, String action, int impact) {
        this(repo, action, impact, "", false, 0, Optional.empty(), Optional.empty());
    }
}
