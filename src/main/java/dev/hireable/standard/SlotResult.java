package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.List;
import java.util.Optional;

/**
 * One of the three slots: its title, the repository assigned to it (if any), how well it fits (0-100), what it lacks.
 *
 * @param title      how reports head the slot, from rules/standard.yaml, e.g. "End-to-end tabular project"
 * @param missing    the labels of the required requirements not met (all of them when no repository fits)
 * @param satisfied  the labels of the requirements the assigned repository meets
 * @param qualifiers repositories that meet this slot but fill another one, when the slot is not met: one repository
 *                   fills one slot, so a second project is needed
 * @param note       the sentence that says so, e.g. "churn-guard qualifies but fills the MLOps project; ..."
 */
public record SlotResult(
        Archetype slot,
        String title,
        Optional<String> repo,
        int score,
        boolean met,
        List<String> missing,
        List<String> satisfied,
        List<Qualifier> qualifiers,
        Optional<String> note) {

    public SlotResult {
        missing = List.copyOf(missing);
        satisfied = List.copyOf(satisfied);
        qualifiers = List.copyOf(qualifiers);
    }

    public SlotResult(
            Archetype slot,
            String title,
            Optional<String> repo,
            int score,
            boolean met,
            List<String> missing,
            List<String> satisfied) {
        this(slot, title, repo, score, met, missing, satisfied, List.of(), Optional.empty());
    }

    /** Met, filled but not met, or empty. */
    public Status status() {
        if (met) {
            return Status.MET;
        }
        return repo.isPresent() ? Status.PARTIAL : Status.EMPTY;
    }

    /** A repository that meets the slot but is assigned to {@code fills}, where the portfolio needs it more. */
    public record Qualifier(String repo, Archetype fills) {}

    public enum Status {
        MET("met"),
        PARTIAL("partly met"),
        EMPTY("no repository");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
