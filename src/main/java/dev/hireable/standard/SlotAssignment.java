package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import java.util.AbstractList;
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

    private SlotAssignment() {}

    /**
     * @param fits each repository's fit per slot, in portfolio order
     * @return for each slot, the index of the repository that fills it, or empty
     */
    static Map<Archetype, OptionalInt> best(List<Map<Archetype, SlotFit>> fits, List<Archetype> slots) {
        return Ranking.of(fits, slots).best();
    }

    /**
     * The candidates of every slot ranked once for a portfolio, so that the best assignment after a change to one
     * repository (or a new one) costs the search alone instead of ranking the whole portfolio again: pricing the next
     * steps of 1,000 repositories stays linear in their number.
     *
     * <p>It keeps {@code slots + 1} candidates per slot: without the changed repository, the best {@code slots} of the
     * rest are among them, and the changed repository is merged in at its rank.
     */
    static final class Ranking {
        private final List<Map<Archetype, SlotFit>> fits;
        private final List<Archetype> slots;
        private final List<List<Integer>> ranked;

        private Ranking(List<Map<Archetype, SlotFit>> fits, List<Archetype> slots, List<List<Integer>> ranked) {
            this.fits = fits;
            this.slots = slots;
            this.ranked = ranked;
        }

        static Ranking of(List<Map<Archetype, SlotFit>> fits, List<Archetype> slots) {
            List<List<Integer>> ranked = new ArrayList<>();
            for (Archetype slot : slots) {
                ranked.add(IntStream.range(0, fits.size())
                        .boxed()
                        .filter(i -> eligible(fits.get(i).get(slot)))
                        .sorted(order(fits, slot))
                        .limit(slots.size() + 1L)
                        .toList());
            }
            return new Ranking(fits, slots, ranked);
        }

        /** The best assignment of the portfolio as ranked. */
        Map<Archetype, OptionalInt> best() {
            return search(
                    fits,
                    ranked.stream()
                            .map(list -> list.stream().limit(slots.size()).toList())
                            .toList());
        }

        /** The best assignment if repository {@code repo} (an index, or the size for a new one) fitted {@code fit}. */
        Map<Archetype, OptionalInt> bestWith(int repo, Map<Archetype, SlotFit> fit) {
            List<Map<Archetype, SlotFit>> changed = with(fits, repo, fit);
            List<List<Integer>> candidates = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                Archetype slot = slots.get(s);
                List<Integer> merged = new ArrayList<>(ranked.get(s));
                merged.remove(Integer.valueOf(repo));
                if (eligible(fit.get(slot))) {
                    Comparator<Integer> order = order(changed, slot);
                    int at = 0;
                    while (at < merged.size() && order.compare(merged.get(at), repo) < 0) {
                        at++;
                    }
                    merged.add(at, repo);
                }
                candidates.add(List.copyOf(merged.subList(0, Math.min(slots.size(), merged.size()))));
            }
            return search(changed, candidates);
        }

        private Map<Archetype, OptionalInt> search(
                List<Map<Archetype, SlotFit>> portfolio, List<List<Integer>> candidates) {
            Search search = new Search(portfolio, slots, candidates);
            search.explore(0, new int[slots.size()]);
            Map<Archetype, OptionalInt> assignment = new EnumMap<>(Archetype.class);
            for (int s = 0; s < slots.size(); s++) {
                int repo = search.best[s];
                assignment.put(slots.get(s), repo < 0 ? OptionalInt.empty() : OptionalInt.of(repo));
            }
            return assignment;
        }

        /** A repository whose gate is unmet (e.g. a toy dataset for the tabular slot) is ruled out of the slot. */
        private static boolean eligible(SlotFit fit) {
            return fit.score() > 0 && !fit.gated();
        }

        /** Strongest first, a met slot before an unmet one, then portfolio order. */
        private static Comparator<Integer> order(List<Map<Archetype, SlotFit>> fits, Archetype slot) {
            return Comparator.<Integer>comparingInt(i -> -fits.get(i).get(slot).score())
                    .thenComparing(i -> !fits.get(i).get(slot).met())
                    .thenComparingInt(i -> i);
        }
    }

    /** The portfolio with repository {@code repo} fitting {@code fit} ({@code repo == fits.size()}: one more), uncopied. */
    static List<Map<Archetype, SlotFit>> with(
            List<Map<Archetype, SlotFit>> fits, int repo, Map<Archetype, SlotFit> fit) {
        if (repo < 0 || repo > fits.size()) {
            throw new IndexOutOfBoundsException(repo);
        }
        return new AbstractList<>() {
            @Override
            public Map<Archetype, SlotFit> get(int index) {
                return index == repo ? fit : fits.get(index);
            }

            @Override
            public int size() {
                return Math.max(fits.size(), repo + 1);
            }
        };
    }

    private static final class Search {
        private final List<Map<Archetype, SlotFit>> fits;
        private final List<Archetype> slots;
        private final List<List<Integer>> candidates;
        private int[] best;
        private int bestMin;
        private int bestTotal;
        private int bestMet;

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
            if (best == null || beats(min, total, met)) {
                bestMin = min;
                bestTotal = total;
                bestMet = met;
                best = chosen.clone();
            }
        }

        /**
         * The weakest slot first, then the total, then the slots met; compared field by field, without a key object:
         * pricing next steps runs this search for every repository and requirement.
         */
        private boolean beats(int min, int total, int met) {
            if (min != bestMin) {
                return min > bestMin;
            }
            if (total != bestTotal) {
                return total > bestTotal;
            }
            return met > bestMet;
        }
    }
}
