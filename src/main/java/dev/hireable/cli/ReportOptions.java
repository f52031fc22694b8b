package dev.hireable.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Options shared by every command that writes a report. */
public final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatCandidates.class)
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (written whole or not at all).")
    Path output;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exit with 1 when the portfolio score (0-100) is below SCORE.")
    Integer failUnder;

    Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    Optional<Integer> failUnder() {
        return Optional.ofNullable(failUnder);
    }

    static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(Format::toString).iterator();
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : Format.values()) {
                if (format.toString().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a report format (use "
                    + String.join(", ", new FormatCandidates()) + ")");
        }
    }
}
