package dev.hireable.standard;

/**
 * A concrete action for one repository, with the portfolio score it would gain: {@code impact} is computed by
 * re-scoring the portfolio with that requirement met, never guessed.
 *
 * @param requirement the requirement of rules/standard.yaml the action meets, e.g. {@code model_registry}
 */
public record NextStep(String repo, String action, int impact, String requirement) {

    public NextStep(String repo, String action, int impact) {
        this(repo, action, impact, "");
    }
}
