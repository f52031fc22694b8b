package dev.hireable.bench;

import dev.hireable.cli.Console;
import dev.hireable.cli.ExitCode;
import dev.hireable.cli.Hireable;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One hireable command run again and again in one JVM, its output discarded: what the command costs once the JVM has
 * started, loaded its classes and compiled its code, which no whole process can show. PerformanceBenchmark starts it
 * with the launcher's JVM options to split the 33-repository row into the audit's own work and the start-up around
 * it. Prints {@code warm WALL CPU}: the medians, in seconds, of the timed runs (the process's CPU time on every thread).
 *
 * <p>Usage: {@code WarmRuns UNTIMED TIMED ARGS...}, e.g. {@code WarmRuns 4 8 dir repo1 repo2}.
 */
public final class WarmRuns {

    private WarmRuns() {}

    public static void main(String[] args) {
        int untimed = Integer.parseInt(args[0]);
        int timed = Integer.parseInt(args[1]);
        String[] command = Arrays.copyOfRange(args, 2, args.length);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Console console = new Console(
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                Map.of("NO_COLOR", "1"),
                false,
                false,
                Clock.systemUTC());
        double[] wall = new double[timed];
        double[] cpu = new double[timed];
        for (int i = 0; i < untimed + timed; i++) {
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            int exit = Hireable.run(console, command);
            if (exit != ExitCode.OK && exit != ExitCode.BELOW_THRESHOLD && exit != ExitCode.PARTIAL) {
                System.err.println("WarmRuns: hireable " + String.join(" ", command) + " exited with " + exit);
                System.exit(exit);
            }
            if (i >= untimed) {
                wall[i - untimed] = (System.nanoTime() - start) / 1e9;
                cpu[i - untimed] = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "warm %.3f %.3f%n", median(wall), median(cpu));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
