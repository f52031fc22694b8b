package dev.hireable.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * "Did you mean" for a mistyped option or command: the names within a small edit distance of what was typed (a
 * swapped pair of letters counts as one edit), closest first. picocli's own suggestions match option prefixes only,
 * so {@code --fromat} found nothing.
 */
final class Suggestions {

    private static final int MOST = 3;

    private Suggestions() {}

    /** Prints "Did you mean ...?" for an unknown option or command; prints nothing for other mistakes. */
    static void print(CommandLine.ParameterException e, PrintWriter err) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return;
        }
        String typed = unmatched.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> names = typed.startsWith("-")
                ? closest(typed.split("=", 2)[0], visibleOptionNames(spec))
                : closest(typed, spec.subcommands().keySet());
        if (!names.isEmpty()) {
            err.println("Did you mean "
                    + String.join(" or ", names.stream().map(n -> "'" + n + "'").toList()) + "?");
        }
    }

    private static List<String> visibleOptionNames(CommandSpec spec) {
        return spec.options().stream()
                .filter(option -> !option.hidden())
                .flatMap(option -> List.of(option.names()).stream())
                .toList();
    }

    /** The names at most a third of the typed word's length away (and at least one edit allowed), closest first. */
    static List<String> closest(String typed, Collection<String> names) {
        String word = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, word.replaceFirst("^-+", "").length() / 3);
        return names.stream()
                .distinct()
                .filter(name -> distance(word, name.toLowerCase(Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt((String name) -> distance(word, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MOST)
                .toList();
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
