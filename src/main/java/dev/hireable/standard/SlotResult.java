package dev.hireable.standard;

import dev.hireable.rules.Archetype;

import java.util.List;
import java.util.Optional;

/** One of the three slots: the repository assigned to it (if any), how well it fits (0-100), what it lacks. */
public record SlotResult(Archetype slot, Optional<String> repo, int score, boolean met, List<String> missing) {

    public SlotResult {
        missing = List.copyOf(missing);
    }
}
