package dev.hireable.bench;

import java.util.Locale;

/**
 * One row of the performance table (README "Benchmarks"): hireable's figure beside its reference, the ratio, the goal
 * and whether this run met it. Benchmarks that measure a row elsewhere (e.g. GitHubBenchmark) hand back these.
 *
 * @param workload  what was run
 * @param hireable  hireable's figure, e.g. {@code 0.31 s} or {@code 2.10 s, 190 MB RSS}
 * @param reference what it stands beside and its figure, e.g. {@code java -version 0.11 s}
 * @param ratio     hireable's time over the reference's, e.g. {@code 2.8x}
 * @param goal      the goal, e.g. {@code <= 2.5x}
 * @param verdict   {@code met}, {@code NOT met}, or why it was not judged
 */
public record BenchmarkRow(String workload, String hireable, String reference, String ratio, String goal,
                           String verdict) {

    static final String FORMAT = "| %-44s | %-24s | %-44s | %-9s | %-30s | %-8s |%n";

    /** A row whose ratio {@code seconds / referenceSeconds} is judged against {@code maxRatio}. */
    static BenchmarkRow judged(String workload, String hireable, double seconds, String reference,
                               double referenceSeconds, double maxRatio) {
        double ratio = seconds / referenceSeconds;
        return new BenchmarkRow(workload, hireable, reference, String.format(Locale.ROOT, "%.1fx", ratio),
                String.format(Locale.ROOT, "<= %sx", trim(maxRatio)), ratio <= maxRatio ? "met" : "NOT met");
    }

    static String header() {
        return String.format(Locale.ROOT, FORMAT, "workload", "hireable", "beside it", "ratio", "goal", "verdict")
                + String.format(Locale.ROOT, FORMAT, "-".repeat(44), "-".repeat(24), "-".repeat(44), "-".repeat(9),
                "-".repeat(30), "-".repeat(8));
    }

    String line() {
        return String.format(Locale.ROOT, FORMAT, workload, hireable, reference, ratio, goal, verdict);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
