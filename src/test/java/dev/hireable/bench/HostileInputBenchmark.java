package dev.hireable.bench;

import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.testing.MemoryRepo;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs that used to take quadratic time, through every rule module: one README line of bare URLs
 * (120 KB took 18.7 s, 480 KB 223 s) and a chain of Dockerfile stages (80,000 took 110 s). Prints the time per size;
 * linear work keeps the ratio between doubled sizes near 2. Run with:
 * {@code mvn -B -q test -Dslow=true -Dtest=HostileInputBenchmark}
 */
@Tag("slow")
class HostileInputBenchmark {

    private final RuleEngine engine = new RuleEngine(RuleCatalog.builtIn());

    @Test
    void readmeLineOfUrlsAndDockerfileStageChainScaleLinearly() {
        measure(
                "README: one line of 'http://a.io ' (KB)",
                new int[] {120, 240, 480},
                kb -> new MemoryRepo().with("README.md", "http://a.io ".repeat(kb * 1024 / 12)));
        measure(
                "README: lines of distinct hosts (KB)",
                new int[] {120, 240, 480},
                kb -> new MemoryRepo()
                        .with(
                                "README.md",
                                IntStream.range(0, kb * 1024 / 24)
                                        .mapToObj(i -> "see http://a" + i + ".example.io")
                                        .collect(Collectors.joining("\n"))));
        measure(
                "Dockerfile: chained FROM stages",
                new int[] {20_000, 40_000, 80_000},
                stages -> new MemoryRepo()
                        .with(
                                "Dockerfile",
                                "FROM python:3.11 AS s0\n"
                                        + IntStream.range(1, stages)
                                                .mapToObj(i -> "FROM s" + (i - 1) + " AS s" + i)
                                                .collect(Collectors.joining("\n"))));
    }

    private void measure(String what, int[] sizes, IntFunction<MemoryRepo> repo) {
        engine.assess(repo.apply(sizes[0] / 10)); // warm up
        double previous = 0;
        for (int size : sizes) {
            MemoryRepo input = repo.apply(size);
            long start = System.nanoTime();
            engine.assess(input);
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf(
                    "%-40s %7d: %8.1f ms%s%n",
                    what,
                    size,
                    millis,
                    previous == 0 ? "" : String.format("  (x%.1f for twice the size)", millis / previous));
            previous = millis;
        }
    }
}
