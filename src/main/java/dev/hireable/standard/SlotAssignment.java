package dev.hireable.standard;

import dev.hireable.rules.Archetype;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The best assignment of distinct repositories to the slots: one repository fills at most one slot, a repository
 * that fails a slot's gate cannot fill it; the weakest slot is maximised first, then the total, then the number of
 * slots met.
 *
 * <p>Only the best {@code slots} candidates of each slot can be in an optimal assignment: if a slot held a weaker
 * repository, one of its better candidates is free (the other slots use fewer), and swapping it in loses nothing.
 * So the search is exhaustive over at most (slots + 1)^slots combinations whatever the portfolio's size.
 */
final class SlotAssignment {

    private SlotAssignment() {
    }

    /**
     * @param fits each repository's fit per slot, in portfolio order
     * @return for each slot, the index of the repository that fills it, or empty
     */
    static Map<Archetype, OptionalInt> best(List<Map<Archetype, SlotFit>> fits, List<Archetype> slots) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (Archetype slot : slots) {
            candidates.add(IntStream.range(0, fits.size()).boxed()
                    // a repository whose gate is unmet (e.g. a toy dataset for the tabular slot) is ruled out of the slot
                    .filter(i -> fits.get(i).get(slot).score() > 0 && !fits.get(i).get(slot).gated())
                    .sorted(Comparator.<Integer>comparingInt(i -> -fits.get(i).get(slot).score())
                            .thenComparing(i -> !fits.get(i).get(slot).met())
                            .thenComparingInt(i -> i))
                    .limit(slots.size())
                    .toList());
        }
        Search search = new Search(fits, slots, candidates);
        search.explore(0, new int[slots.size()]);
        Map<Archetype, OptionalInt> assignment = new EnumMap<>(Archetype.class);
        for (int s = 0; s < slots.size(); s++) {
            int repo = search.best[s];
            assignment.put(slots.get(s), repo < 0 ? OptionalInt.empty() : OptionalInt.of(repo));
        }
        return assignment;
    }

    private static final class Search {
        private final List<Map<Archetype, SlotFit>> fits;
        private final List<Archetype> slots;
        private final List<List<Integer>> candidates;
        private int[] best;
        private long[] bestKey;

        Search(List<Map<Archetype, SlotFit>> fits, List<Archetype> slots, List<List<Integer>> candidates) {
            this.fits = fits;
            this.slots = slots;
            this.candidates = candidates;
        }

        void explore(int slot, int[] chosen) {
            if (slot == slots.size()) {
                consider(chosen);
                return;
            }
            for (int repo : candidates.get(slot)) {
                if (!taken(chosen, slot, repo)) {
                    chosen[slot] = repo;
                    explore(slot + 1, chosen);
                }
            }
            chosen[slot] = -1;
            explore(slot + 1, chosen);
        }

        private static boolean taken(int[] chosen, int upTo, int repo) {
            for (int s = 0; s < upTo; s++) {
                if (chosen[s] == repo) {
                    return true;
                }
            }
            return false;
        }

        private void consider(int[] chosen) {
            int min = Integer.MAX_VALUE;
            int total = 0;
            int met = 0;
            for (int s = 0; s < chosen.length; s++) {
                SlotFit fit = chosen[s] < 0 ? null : fits.get(chosen[s]).get(slots.get(s));
                int score = fit == null ? 0 : fit.score();
                min = Math.min(min, score);
                total += score;
                met += fit != null && fit.met() ? 1 : 0;
            }
            long[] key = {min, total, met};
            if (bestKey == null || compare(key, bestKey) > 0) {
                bestKey = key;
                best = chosen.clone();
            }
        }

        private static int compare(long[] a, long[] b) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return Long.compare(a[i], b[i]);
                }
            }
            return 0;
        }
    }
}
