package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.List;

/** A repository that would fill a slot the portfolio has not met, if it had the few things listed. */
public record NearMiss(String repo, Archetype slot, List<String> missing, String message) {

    public NearMiss {
        missing = List.copyOf(missing);
    }
}
