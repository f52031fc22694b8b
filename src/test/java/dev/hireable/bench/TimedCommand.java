package dev.hireable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A whole process, timed from start to exit: wall time, CPU time and peak resident memory (the last two from GNU
 * time, when /usr/bin/time is installed). Its standard output is discarded; standard error is kept for a failure.
 */
record TimedCommand(String label, List<String> command, Map<String, String> environment, Path workingDirectory) {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One run's figures. */
    record Run(double wallSeconds, double cpuSeconds, OptionalLong peakRssKilobytes, int exitCode, String err) {}

    /** The median of several runs, by wall time, with the largest peak RSS among them. */
    record Median(double wallSeconds, double cpuSeconds, OptionalLong peakRssKilobytes, int runs) {

        static Median of(List<Run> runs) {
            List<Run> sorted = runs.stream()
                    .sorted(Comparator.comparingDouble(Run::wallSeconds))
                    .toList();
            Run middle = sorted.get(sorted.size() / 2);
            OptionalLong rss = runs.stream()
                    .filter(r -> r.peakRssKilobytes().isPresent())
                    .mapToLong(r -> r.peakRssKilobytes().getAsLong())
                    .max();
            return new Median(middle.wallSeconds(), middle.cpuSeconds(), rss, runs.size());
        }

        String seconds() {
            return String.format(java.util.Locale.ROOT, "%.2f s", wallSeconds);
        }

        String secondsAndRss() {
            return seconds()
                    + (peakRssKilobytes.isPresent()
                            ? String.format(java.util.Locale.ROOT, ", %d MB RSS", peakRssKilobytes.getAsLong() / 1024)
                            : "");
        }
    }

    Run run() {
        try {
            Path figures = Files.createTempFile("hireable-bench", ".time");
            Path err = Files.createTempFile("hireable-bench", ".err");
            List<String> line = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(GNU_TIME);
            if (gnuTime) {
                line.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", figures.toString()));
            }
            line.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(line)
                    .directory(workingDirectory.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String[] fields = gnuTime ? lastLine(figures).split(" ") : new String[0];
            String errText = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(figures);
            Files.deleteIfExists(err);
            if (fields.length == 3) {
                return new Run(
                        wall,
                        Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]),
                        OptionalLong.of(Long.parseLong(fields[2])),
                        exit,
                        errText);
            }
            return new Run(wall, Double.NaN, OptionalLong.empty(), exit, errText);
        } catch (IOException e) {
            throw new UncheckedIOException(label + ": could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + " interrupted", e);
        }
    }

    /** GNU time writes "Command exited with non-zero status N" before the figures when the command failed. */
    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
