package dev.hireable.standard;

import dev.hireable.rules.Archetype;

import java.util.List;
import java.util.Optional;

/**
 * One of the three slots: the repository assigned to it (if any), how well it fits (0-100), what it lacks.
 *
 * @param missing   the labels of the required requirements not met (all of them when no repository fits)
 * @param satisfied the labels of the requirements the assigned repository meets
 */
public record SlotResult(Archetype slot, Optional<String> repo, int score, boolean met, List<String> missing,
                         List<String> satisfied) {

    public SlotResult {
        missing = List.copyOf(missing);
        satisfied = List.copyOf(satisfied);
    }

    public SlotResult(Archetype slot, Optional<String> repo, int score, boolean met, List<String> missing) {
        this(slot, repo, score, met, missing, List.of());
    }
}
