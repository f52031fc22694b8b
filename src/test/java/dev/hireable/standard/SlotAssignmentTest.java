package dev.hireable.standard;

import static dev.hireable.rules.Archetype.MLOPS;
import static dev.hireable.rules.Archetype.TABULAR_E2E;
import static dev.hireable.rules.Archetype.TRANSFORMER_FINETUNE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Archetype;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlotAssignmentTest {

    private static final List<Archetype> SLOTS = List.of(TABULAR_E2E, TRANSFORMER_FINETUNE, MLOPS);

    @Test
    void oneRepoFillsAtMostOneSlot() {
        Map<Archetype, OptionalInt> assignment = SlotAssignment.best(List.of(fits(90, 80, 70)), SLOTS);

        assertThat(assignment.values().stream().filter(OptionalInt::isPresent)).hasSize(1);
        assertThat(assignment.get(TABULAR_E2E)).hasValue(0);
    }

    @Test
    void weakestSlotIsMaximisedBeforeTheTotal() {
        // Greedy by best fit puts repo 0 in tabular (95) and leaves MLOps to repo 1 (10): min 10.
        // The best assignment gives MLOps to repo 0 (60) and tabular to repo 1 (50): min 50.
        List<Map<Archetype, SlotFit>> fits = List.of(fits(95, 0, 60), fits(50, 0, 10));

        Map<Archetype, OptionalInt> assignment = SlotAssignment.best(fits, SLOTS);

        assertThat(assignment.get(MLOPS)).hasValue(0);
        assertThat(assignment.get(TABULAR_E2E)).hasValue(1);
    }

    @Test
    void repoThatFitsNoSlotIsNeverAssigned() {
        Map<Archetype, OptionalInt> assignment = SlotAssignment.best(List.of(fits(0, 0, 0)), SLOTS);

        assertThat(assignment.values()).allMatch(OptionalInt::isEmpty);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 12, 40, 100})
    void searchOverTheTopCandidatesFindsTheSameOptimumAsExhaustiveSearch(int repos) {
        Random random = new Random(repos * 7919L);
        for (int round = 0; round < 20; round++) {
            List<Map<Archetype, SlotFit>> fits = new ArrayList<>();
            for (int i = 0; i < repos; i++) {
                fits.add(fits(
                        random.nextInt(6) * 20 * (random.nextInt(3) == 0 ? 0 : 1),
                        random.nextInt(101) * (random.nextInt(2)),
                        random.nextInt(101)));
            }
            assertThat(key(fits, SlotAssignment.best(fits, SLOTS))).isEqualTo(bruteForce(fits));
        }
    }

    @Test
    void reassigningAfterAChangeToOneOfAThousandReposEqualsRankingTheChangedPortfolioAgain() {
        Random random = new Random(1_000);
        List<Map<Archetype, SlotFit>> fits = randomPortfolio(random, 1_000);
        SlotAssignment.Ranking ranking = SlotAssignment.Ranking.of(fits, SLOTS);

        for (int round = 0; round < 300; round++) {
            int repo = round % 10 == 0 ? fits.size() : random.nextInt(fits.size());
            Map<Archetype, SlotFit> changed = randomFits(random);

            assertThat(ranking.bestWith(repo, changed))
                    .as("repo %d", repo)
                    .isEqualTo(SlotAssignment.best(new ArrayList<>(SlotAssignment.with(fits, repo, changed)), SLOTS));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 30})
    void reassigningAfterAnyChangeEqualsRankingTheChangedPortfolioAgain(int repos) {
        Random random = new Random(repos * 31L);
        for (int round = 0; round < 10; round++) {
            List<Map<Archetype, SlotFit>> fits = randomPortfolio(random, repos);
            SlotAssignment.Ranking ranking = SlotAssignment.Ranking.of(fits, SLOTS);
            for (int repo = 0; repo <= repos; repo++) {
                Map<Archetype, SlotFit> changed = randomFits(random);

                assertThat(ranking.bestWith(repo, changed))
                        .isEqualTo(
                                SlotAssignment.best(new ArrayList<>(SlotAssignment.with(fits, repo, changed)), SLOTS));
            }
        }
    }

    /** Few distinct scores, so that ties (broken by met, then portfolio order) are common; some repos gated. */
    private static List<Map<Archetype, SlotFit>> randomPortfolio(Random random, int repos) {
        List<Map<Archetype, SlotFit>> fits = new ArrayList<>();
        for (int i = 0; i < repos; i++) {
            fits.add(randomFits(random));
        }
        return fits;
    }

    private static Map<Archetype, SlotFit> randomFits(Random random) {
        Map<Archetype, SlotFit> fits = new EnumMap<>(Archetype.class);
        for (Archetype slot : SLOTS) {
            int score = random.nextInt(3) == 0 ? 0 : 10 * random.nextInt(6);
            fits.put(
                    slot,
                    new SlotFit(slot, score, score >= 40 && random.nextBoolean(), random.nextInt(8) == 0, List.of()));
        }
        return fits;
    }

    private static List<Integer> key(List<Map<Archetype, SlotFit>> fits, Map<Archetype, OptionalInt> assignment) {
        int[] chosen =
                SLOTS.stream().mapToInt(s -> assignment.get(s).orElse(-1)).toArray();
        return key(fits, chosen);
    }

    private static List<Integer> key(List<Map<Archetype, SlotFit>> fits, int[] chosen) {
        int min = Integer.MAX_VALUE;
        int total = 0;
        for (int s = 0; s < SLOTS.size(); s++) {
            int score =
                    chosen[s] < 0 ? 0 : fits.get(chosen[s]).get(SLOTS.get(s)).score();
            min = Math.min(min, score);
            total += score;
        }
        return List.of(min, total);
    }

    /** Every injective assignment, each slot possibly empty. */
    private static List<Integer> bruteForce(List<Map<Archetype, SlotFit>> fits) {
        List<Integer> best = List.of(0, 0);
        int n = fits.size();
        for (int a = -1; a < n; a++) {
            for (int b = -1; b < n; b++) {
                for (int c = -1; c < n; c++) {
                    if ((a >= 0 && (a == b || a == c)) || (b >= 0 && b == c)) {
                        continue;
                    }
                    List<Integer> key = key(fits, new int[] {a, b, c});
                    if (key.get(0) > best.get(0) || (key.get(0).equals(best.get(0)) && key.get(1) > best.get(1))) {
                        best = key;
                    }
                }
            }
        }
        return best;
    }

    private static Map<Archetype, SlotFit> fits(int tabular, int transformer, int mlops) {
        Map<Archetype, SlotFit> fits = new EnumMap<>(Archetype.class);
        fits.put(TABULAR_E2E, new SlotFit(TABULAR_E2E, tabular, false, false, List.of()));
        fits.put(TRANSFORMER_FINETUNE, new SlotFit(TRANSFORMER_FINETUNE, transformer, false, false, List.of()));
        fits.put(MLOPS, new SlotFit(MLOPS, mlops, false, false, List.of()));
        return fits;
    }
}
