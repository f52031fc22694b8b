package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Chooses the repository-score weights of rules/standard.yaml (the best fit's share, the craft weights, the red
 * flags' caps, the penalties' points) for the rank correlation of scores with a reviewer's ratings, by coordinate ascent over a small grid of
 * round values, and measures how well that choice holds on repositories it was not chosen on (k-fold
 * cross-validation). The requirements and slots are left alone: they say what the standard is, not how to rank.
 */
public final class ScoreCalibration {

    private static final double[] CRAFT = {0, 0.5, 1, 2, 3};
    private static final double[] SHARE = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    private static final Integer[] CAPS = {null, 20, 30, 40, 50, 60};
    /** A penalty's points per problem; 0 drops it. Its most stays the same multiple of its points. */
    private static final double[] PENALTY = {0, 5, 10, 15, 20};

    private static final int PASSES = 3;

    /** One repository and its rating. */
    public record Sample(RepoAssessment assessment, double rating) {}

    /** The weights a calibration chose, as rules/standard.yaml would hold them. */
    public record Weights(
            double bestFitShare, Map<String, Double> craft, Map<String, Integer> caps, Map<String, Double> penalties) {
        public String yaml() {
            StringBuilder out = new StringBuilder("best_fit_share: " + bestFitShare + "\ncraft:\n");
            craft.forEach((id, weight) ->
                    out.append("  ").append(id).append(": ").append(weight).append('\n'));
            out.append("red flag caps:\n");
            caps.forEach((id, cap) -> out.append("  ")
                    .append(id)
                    .append(": ")
                    .append(cap == null ? "none" : cap)
                    .append('\n'));
            out.append("penalty points:\n");
            penalties.forEach((id, points) ->
                    out.append("  ").append(id).append(": ").append(points).append('\n'));
            return out.toString();
        }
    }

    /** The in-sample and cross-validated correlation, and the weights chosen on every repository. */
    public record Result(double before, double inSample, double crossValidated, int folds, Weights weights) {
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "Spearman(score, rating): current weights %.3f; chosen on all %.3f "
                            + "(in-sample); %d-fold cross-validated %.3f",
                    before,
                    inSample,
                    folds,
                    crossValidated);
        }
    }

    private final StandardVocabulary base;

    public ScoreCalibration(StandardVocabulary base) {
        this.base = base;
    }

    public Result calibrate(List<Sample> samples, int folds, long seed) {
        Weights current = current();
        double before = spearman(current, samples);
        Weights chosen = choose(samples, current);
        double inSample = spearman(chosen, samples);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double[] heldOutScores = new double[samples.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                if (k % folds == fold) {
                    held.add(order.get(k));
                } else {
                    training.add(samples.get(order.get(k)));
                }
            }
            Weights weights = choose(training, current);
            for (int index : held) {
                heldOutScores[index] = score(weights, samples.get(index).assessment());
            }
        }
        double crossValidated = dev.hireable.corpus.Spearman.of(
                heldOutScores, samples.stream().mapToDouble(Sample::rating).toArray());
        return new Result(before, inSample, crossValidated, folds, chosen);
    }

    /** Coordinate ascent from the current weights: each weight in turn takes its best grid value, a few times over. */
    private Weights choose(List<Sample> samples, Weights start) {
        Weights best = start;
        double bestFigure = spearman(best, samples);
        for (int pass = 0; pass < PASSES; pass++) {
            for (double share : SHARE) {
                Weights candidate = new Weights(share, best.craft(), best.caps(), best.penalties());
                double figure = spearman(candidate, samples);
                if (figure > bestFigure + 1e-9) {
                    best = candidate;
                    bestFigure = figure;
                }
            }
            for (String id : start.craft().keySet()) {
                if (Boolean.getBoolean("calibrate.freezeCraft")) {
                    break;
                }
                for (double weight : CRAFT) {
                    Map<String, Double> craft = new LinkedHashMap<>(best.craft());
                    craft.put(id, weight);
                    Weights candidate = new Weights(best.bestFitShare(), craft, best.caps(), best.penalties());
                    double figure = spearman(candidate, samples);
                    if (figure > bestFigure + 1e-9) {
                        best = candidate;
                        bestFigure = figure;
                    }
                }
            }
            for (String id : start.caps().keySet()) {
                for (Integer cap : CAPS) {
                    Map<String, Integer> caps = new LinkedHashMap<>(best.caps());
                    caps.put(id, cap);
                    Weights candidate = new Weights(best.bestFitShare(), best.craft(), caps, best.penalties());
                    double figure = spearman(candidate, samples);
                    if (figure > bestFigure + 1e-9) {
                        best = candidate;
                        bestFigure = figure;
                    }
                }
            }
            for (String id : start.penalties().keySet()) {
                for (double points : PENALTY) {
                    Map<String, Double> penalties = new LinkedHashMap<>(best.penalties());
                    penalties.put(id, points);
                    Weights candidate = new Weights(best.bestFitShare(), best.craft(), best.caps(), penalties);
                    double figure = spearman(candidate, samples);
                    if (figure > bestFigure + 1e-9) {
                        best = candidate;
                        bestFigure = figure;
                    }
                }
            }
        }
        return best;
    }

    private Weights current() {
        Map<String, Double> craft = new LinkedHashMap<>();
        base.repoScore().craft().forEach((id, weight) -> craft.put(id.id(), weight));
        Map<String, Integer> caps = new LinkedHashMap<>();
        base.redFlags().forEach((id, flag) -> {
            if (flag.cap() != null) {
                caps.put(id, flag.cap());
            }
        });
        Map<String, Double> penalties = new LinkedHashMap<>();
        base.repoScore().penalties().forEach((id, penalty) -> penalties.put(id.id(), penalty.points()));
        return new Weights(base.repoScore().bestFitShare(), craft, caps, penalties);
    }

    double spearman(Weights weights, List<Sample> samples) {
        double[] scores = samples.stream()
                .mapToDouble(s -> score(weights, s.assessment()))
                .toArray();
        double figure = dev.hireable.corpus.Spearman.of(
                scores, samples.stream().mapToDouble(Sample::rating).toArray());
        return Double.isNaN(figure) ? -1 : figure;
    }

    int score(Weights weights, RepoAssessment assessment) {
        RepoScorer scorer = new RepoScorer(vocabulary(weights));
        Map<Archetype, SlotFit> fits = scorer.fits(scorer.tiers(assessment));
        return scorer.score(assessment, fits, scorer.redFlags(assessment));
    }

    private StandardVocabulary vocabulary(Weights weights) {
        Map<SignalId, Double> craft = new LinkedHashMap<>();
        weights.craft().forEach((id, weight) -> craft.put(new SignalId(id), weight));
        Map<String, StandardVocabulary.RedFlagRule> flags = new LinkedHashMap<>();
        base.redFlags()
                .forEach((id, flag) -> flags.put(
                        id,
                        new StandardVocabulary.RedFlagRule(
                                flag.signals(),
                                flag.failedFindings(),
                                weights.caps().containsKey(id) ? weights.caps().get(id) : flag.cap(),
                                flag.message())));
        Map<SignalId, StandardVocabulary.Penalty> penalties = new LinkedHashMap<>();
        base.repoScore().penalties().forEach((id, penalty) -> {
            double points = weights.penalties().getOrDefault(id.id(), penalty.points());
            if (points > 0) {
                penalties.put(id, new StandardVocabulary.Penalty(points, points * penalty.max() / penalty.points()));
            }
        });
        return new StandardVocabulary(
                base.tiers(),
                base.requirements(),
                base.slots(),
                flags,
                new StandardVocabulary.RepoScore(weights.bestFitShare(), craft, penalties),
                base.portfolio(),
                base.texts());
    }
}
