package dev.hireable.cli;

import dev.hireable.report.ReportRenderer;
import dev.hireable.report.TextWrap;
import dev.hireable.rules.catalog.RuleCatalog;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by every command that writes a report. */
public final class ReportOptions {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatCandidates.class)
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (written whole or not at all).")
    Path output;

    @Option(
            names = "--fail-under",
            paramLabel = "SCORE",
            converter = ScoreConverter.class,
            description = "Exit with 1 when the portfolio score (0-100) is below SCORE.")
    Integer failUnder;

    @Option(
            names = "--detail",
            description = "Text report: add every repository's checks, findings, evidence and fixes, and every next "
                    + "step (by default: the verdict, the slots, the top next steps, red flags, and per repository what "
                    + "its slot misses).")
    boolean detail;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    Optional<Integer> failUnder() {
        return Optional.ofNullable(failUnder);
    }

    /** The renderer of the chosen format, laid out for where the report goes. */
    ReportRenderer renderer(Console console, RuleCatalog catalog) {
        boolean toTerminal = output == null && console.outIsTerminal();
        return format.renderer(toTerminal && console.colorOnStdout(), textWidth(console, toTerminal), detail, catalog);
    }

    /**
     * The text report's width: $COLUMNS when set; else the terminal's, when the report goes to one and picocli can
     * read it; else {@link TextWrap#DEFAULT_WIDTH}.
     */
    private int textWidth(Console console, boolean toTerminal) {
        OptionalInt detected = OptionalInt.empty();
        if (toTerminal && console.env("COLUMNS").isEmpty() && spec != null) {
            spec.usageMessage().autoWidth(true);
            detected = OptionalInt.of(spec.usageMessage().width());
        }
        return TextWrap.widthFor(console.env("COLUMNS"), detected);
    }

    /** A score threshold: a whole number from 0 to 100, as every score is. */
    static final class ScoreConverter implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return score(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "'" + value + "' is not a score: give a whole number from 0 to 100"));
        }

        static Optional<Integer> score(String value) {
            String text = value.strip();
            if (!text.matches("[0-9]{1,3}")) {
                return Optional.empty();
            }
            int score = Integer.parseInt(text);
            return score <= 100 ? Optional.of(score) : Optional.empty();
        }
    }

    static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values())
                    .map(Format::toString)
                    .iterator();
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
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a report format (use " + String.join(", ", new FormatCandidates()) + ")");
        }
    }
}
