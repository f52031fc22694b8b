package dev.hireable.bench;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.tracking.TrackingModule;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the budget costs: every import and call pattern of rules/tracking.yaml over 1 MB of Python, matched as plain
 * java.util.regex and as budgeted {@link RulePattern}s, and how long a pattern that backtracks without end takes to
 * be stopped on lines of growing length. Run with: {@code mvn -B -q test -Dslow=true -Dtest=RulePatternBenchmark}
 */
@Tag("slow")
class RulePatternBenchmark {

    @Test
    void budgetedMatchingCostsLittleAndABacktrackingPatternIsStoppedInLinearTime() {
        List<RulePattern> patterns = RuleCatalog.builtIn()
                .book("tracking.yaml", TrackingModule.Vocabulary.class, List.of())
                .vocabulary()
                .tools()
                .values()
                .stream()
                .filter(tool -> tool.code() != null)
                .flatMap(tool ->
                        java.util.stream.Stream.concat(tool.code().imports().stream(), tool.code().calls().stream()))
                .map(p -> p.withFlags(Pattern.MULTILINE))
                .toList();
        List<Pattern> plain = patterns.stream()
                .map(p -> Pattern.compile(p.pattern(), p.flags()))
                .toList();
        String code = IntStream.range(0, 20_000)
                .mapToObj(i -> i % 50 == 0
                        ? "import mlflow"
                        : i % 7 == 0
                                ? "    mlflow.log_metric('auc', auc_" + i + ")"
                                : "x_" + i + " = model.fit(features, labels)  # step")
                .collect(Collectors.joining("\n"));
        System.out.printf("%d tracking patterns over %.1f MB of code%n", patterns.size(), code.length() / 1e6);
        for (int round = 0; round < 5; round++) {
            long plainMatches = time("java.util.regex.Pattern", () -> count(plain, p -> count(p.matcher(code))));
            long budgeted = time("RulePattern (budgeted)", () -> count(patterns, p -> count(p.matcher(code))));
            if (plainMatches != budgeted) {
                throw new AssertionError(
                        "the budgeted patterns found " + budgeted + " matches, the plain ones " + plainMatches);
            }
        }
        RulePattern catastrophic = RulePattern.compile("(.*a){14}$", Pattern.MULTILINE);
        for (int length : new int[] {30, 1_000, 10_000, 100_000}) {
            String line = "a".repeat(length) + "b";
            long start = System.nanoTime();
            try {
                catastrophic.find(line);
                System.out.printf("(.*a){14}$ on %,d characters: matched?%n", length);
            } catch (RulePattern.TooComplex stopped) {
                System.out.printf(
                        "(.*a){14}$ on %,d characters: stopped after %.1f ms%n",
                        length + 1, (System.nanoTime() - start) / 1e6);
            }
        }
    }

    private static long time(String what, java.util.function.LongSupplier run) {
        long start = System.nanoTime();
        long matches = run.getAsLong();
        System.out.printf("  %-26s %7.1f ms (%d matches)%n", what, (System.nanoTime() - start) / 1e6, matches);
        return matches;
    }

    private static <P> long count(List<P> patterns, ToIntFunction<P> matches) {
        return patterns.stream().mapToLong(matches::applyAsInt).sum();
    }

    private static int count(Matcher matcher) {
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
