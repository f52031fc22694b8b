package dev.hireable.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The action's inputs, from the INPUT_* variables action.yml sets, each overridden by the matching command-line
 * option (for trying the command outside a workflow run).
 */
record ActionInputs(
        Optional<String> user,
        List<String> repos,
        List<String> paths,
        Optional<Integer> failUnder,
        Format format,
        Optional<Path> sarif,
        Optional<Path> badge,
        Optional<Path> report,
        boolean probeEndpoints,
        Optional<Path> compareTo) {

    /** The INPUT_* variable of each input that action.yml declares. */
    static final List<String> VARIABLES = List.of(
            "INPUT_USER",
            "INPUT_REPOS",
            "INPUT_PATHS",
            "INPUT_FAIL_UNDER",
            "INPUT_FORMAT",
            "INPUT_SARIF",
            "INPUT_BADGE",
            "INPUT_PROBE_ENDPOINTS",
            "INPUT_COMPARE_TO");

    static ActionInputs read(Console console, ActionCommand options) {
        Optional<String> user = value(options.user, console, "INPUT_USER").map(u -> u.replaceFirst("^@", ""));
        if (user.isPresent() && !user.get().matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")) {
            throw new UsageException("the user input '" + user.get() + "' is not a GitHub login");
        }
        Optional<Integer> failUnder =
                value(options.failUnder, console, "INPUT_FAIL_UNDER").map(ActionInputs::score);
        Format format = value(options.format, console, "INPUT_FORMAT")
                .map(text -> {
                    try {
                        return new ReportOptions.FormatConverter().convert(text.strip());
                    } catch (picocli.CommandLine.TypeConversionException e) {
                        throw new UsageException("the format input: " + e.getMessage());
                    }
                })
                .orElse(Format.MARKDOWN);
        return new ActionInputs(
                user,
                list(value(options.repos, console, "INPUT_REPOS")),
                list(value(options.paths, console, "INPUT_PATHS")),
                failUnder,
                format,
                value(options.sarif, console, "INPUT_SARIF").map(Path::of),
                value(options.badge, console, "INPUT_BADGE").map(Path::of),
                Optional.ofNullable(options.output),
                options.probes.probe
                        || console.env("INPUT_PROBE_ENDPOINTS")
                                .map(ActionInputs::flag)
                                .orElse(false),
                value(options.compareTo, console, "INPUT_COMPARE_TO").map(Path::of));
    }

    private static boolean flag(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw new UsageException("the probe-endpoints input must be true or false, not '" + text.strip() + "'");
    }

    private static Optional<String> value(String option, Console console, String variable) {
        return Optional.ofNullable(option)
                .filter(v -> !v.isBlank())
                .or(() -> console.env(variable))
                .map(String::strip);
    }

    /** Entries separated by spaces, commas or new lines, as a workflow's YAML block gives them. */
    private static List<String> list(Optional<String> text) {
        return text.map(t -> Arrays.stream(t.split("[\\s,]+"))
                        .filter(s -> !s.isBlank())
                        .toList())
                .orElse(List.of());
    }

    private static int score(String text) {
        return ReportOptions.ScoreConverter.score(text)
                .orElseThrow(() -> new UsageException(
                        "the fail-under input must be a whole number from 0 to 100, not '" + text + "'"));
    }
}
