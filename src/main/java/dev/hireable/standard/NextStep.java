package dev.hireable.standard;

/** A concrete action for one repository, with the portfolio score it would gain. */
public record NextStep(String repo, String action, int impact) {
}
