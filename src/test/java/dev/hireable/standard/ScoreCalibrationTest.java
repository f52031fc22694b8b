package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Calibration on ../shared/corpus: the Spearman rank correlation between each repository's score and the reviewer's
 * {@code quality_overall} (1-5) in labels-dev.json. Skipped when the corpus is absent. The corpus keeps prose and
 * config files only (no code), so signals that live in code are missed and the figure is a floor for real audits.
 */
class ScoreCalibrationTest {

    /** The goal is 0.8; the floor guards against a scoring change that breaks the ranking outright. */
    private static final double FLOOR = 0.5;

    record Row(String repo, int quality, int score, String fits) {
    }

    private static List<Row> rows;

    @BeforeAll
    static void scoreTheCorpus() {
        assumeTrue(Corpus.available(), "../shared/corpus is absent");
        RuleCatalog catalog = RuleCatalog.builtIn();
        RuleEngine engine = new RuleEngine(catalog);
        PortfolioStandard standard = new PortfolioStandard(catalog);
        List<Corpus.Repo> repos = Corpus.repos();
        List<RepoAssessment> assessments = repos.stream().map(r -> engine.assess(r.open())).toList();
        List<ScoredRepo> scored = standard.evaluate(assessments).repos();
        rows = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            ScoredRepo repo = scored.get(i);
            String fits = Arrays.stream(new Archetype[] {Archetype.TABULAR_E2E, Archetype.TRANSFORMER_FINETUNE, Archetype.MLOPS})
                    .map(slot -> String.valueOf(repo.fit().get(slot))).reduce((a, b) -> a + "/" + b).orElse("");
            rows.add(new Row(repos.get(i).name(), repos.get(i).labels().path("quality_overall").asInt(), repo.score(), fits));
        }
    }

    @Test
    void repoScoreRanksTheCorpusLikeTheReviewer() {
        double rho = spearman(rows.stream().mapToDouble(Row::score).toArray(), rows.stream().mapToDouble(Row::quality).toArray());

        System.out.println("calibration on " + rows.size() + " corpus repositories (quality_overall, score, fit tabular/transformer/mlops):");
        rows.stream().sorted(Comparator.comparingInt(Row::quality).reversed().thenComparing(Row::score, Comparator.reverseOrder()))
                .forEach(r -> System.out.printf("  %d  %3d  %-11s %s%n", r.quality(), r.score(), r.fits(), r.repo()));
        System.out.printf("Spearman rank correlation, repo score vs quality_overall: %.3f (goal 0.8)%n", rho);
        assertThat(rho).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void spearmanAveragesTiedRanks() {
        assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1.0);
        assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {40, 30, 20, 10})).isEqualTo(-1.0);
        assertThat(spearman(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 4})).isCloseTo(0.9487, org.assertj.core.data.Offset.offset(1e-4));
    }

    /** Pearson correlation of the ranks, ties sharing their average rank. */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().sorted(Comparator.comparingDouble(i -> values[i]))
                .toArray(Integer[]::new);
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double pearson(double[] a, double[] b) {
        double meanA = Arrays.stream(a).average().orElse(0);
        double meanB = Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
    }
}
