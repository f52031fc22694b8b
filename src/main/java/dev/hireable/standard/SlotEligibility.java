package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.snapshot.Ownership;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which repositories may fill a slot of the candidate's portfolio: their own, or another account's they have commits
 * in. A profile that showcases someone else's repository gets it scored and shown, but not counted as the
 * candidate's work.
 */
final class SlotEligibility {

    private SlotEligibility() {}

    static boolean fillsSlots(ScoredRepo repo) {
        return repo.assessment()
                .metadata()
                .ownership()
                .map(Ownership::candidatesWork)
                .orElse(true);
    }

    /** The repository's fits, or no fit at all for a repository that cannot fill a slot. */
    static Map<Archetype, SlotFit> fits(ScoredRepo repo, List<Archetype> slots) {
        if (fillsSlots(repo)) {
            return repo.slotFits();
        }
        Map<Archetype, SlotFit> none = new EnumMap<>(Archetype.class);
        slots.forEach(slot -> none.put(slot, SlotFit.empty(slot)));
        return none;
    }
}
