package dev.hireable.corpus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Spearman's rank correlation, ties ranked by their mean rank. */
public final class Spearman {

    private Spearman() {}

    public static double of(double[] xs, double[] ys) {
        if (xs.length < 3) {
            return Double.NaN;
        }
        double[] rx = ranks(xs);
        double[] ry = ranks(ys);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double covariance = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < rx.length; i++) {
            covariance += (rx[i] - mx) * (ry[i] - my);
            vx += (rx[i] - mx) * (rx[i] - mx);
            vy += (ry[i] - my) * (ry[i] - my);
        }
        return vx == 0 || vy == 0 ? Double.NaN : covariance / Math.sqrt(vx * vy);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .toArray(Integer[]::new);
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
