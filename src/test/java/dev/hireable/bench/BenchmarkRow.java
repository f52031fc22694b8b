package dev.hireable.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
public record BenchmarkRow(
        String workload, String hireable, String reference, String ratio, String goal, String verdict) {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    static final String FORMAT = "| %-44s | %-24s | %-44s | %-9s | %-30s | %-8s |%n";

    /** A row whose ratio {@code seconds / referenceSeconds} is judged against {@code maxRatio}. */
    static BenchmarkRow judged(
            String workload,
            String hireable,
            double seconds,
            String reference,
            double referenceSeconds,
            double maxRatio) {
        return judged(workload, hireable, seconds / referenceSeconds, reference, maxRatio);
    }

    /** A row whose ratio was worked out by the caller (e.g. the median of paired runs' ratios). */
    static BenchmarkRow judged(String workload, String hireable, double ratio, String reference, double maxRatio) {
        return new BenchmarkRow(
                workload,
                hireable,
                reference,
                String.format(Locale.ROOT, "%.1fx", ratio),
                String.format(Locale.ROOT, "<= %sx", trim(maxRatio)),
                ratio <= maxRatio ? "met" : "NOT met");
    }

    /**
     * A row given as {@code {workload, hireable, reference, ratio, goal}}, e.g. {@code "1.4x"} and {@code "<= 1.2x"}:
     * judged when both read as numbers.
     */
    static BenchmarkRow of(String[] cells) {
        Optional<Double> ratio = number(cells[3]);
        Optional<Double> goal = number(cells[4]);
        String verdict = ratio.isPresent() && goal.isPresent() ? ratio.get() <= goal.get() ? "met" : "NOT met" : "-";
        return new BenchmarkRow(cells[0], cells[1], cells[2], cells[3], cells[4], verdict);
    }

    private static Optional<Double> number(String text) {
        Matcher number = NUMBER.matcher(text);
        return number.find() ? Optional.of(Double.parseDouble(number.group())) : Optional.empty();
    }

    static String header() {
        return String.format(Locale.ROOT, FORMAT, "workload", "hireable", "beside it", "ratio", "goal", "verdict")
                + String.format(
                        Locale.ROOT,
                        FORMAT,
                        "-".repeat(44),
                        "-".repeat(24),
                        "-".repeat(44),
                        "-".repeat(9),
                        "-".repeat(30),
                        "-".repeat(8));
    }

    String line() {
        return String.format(Locale.ROOT, FORMAT, workload, hireable, reference, ratio, goal, verdict);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
