package dev.hireable.standard;

/**
 * A concrete action with the portfolio score it would gain: {@code impact} is computed by re-scoring the portfolio
 * with the action done, never guessed.
 *
 * @param repo        the repository to change, or a placeholder such as "(new repository)" for a new project
 * @param requirement the requirement of rules/standard.yaml the action meets, e.g. {@code model_registry}; for a new
 *                    project, the slot it would fill
 * @param newProject  true when the step is to build a project for a slot nothing fills
 */
public record NextStep(String repo, String action, int impact, String requirement, boolean newProject) {

    public NextStep(String repo, String action, int impact) {
        this(repo, action, impact, "", false);
    }
}
