package dev.hireable.rules.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name nearest to {@code wrong} by edit distance, over the whole name or its part after a dot; empty
     * when nothing is close enough to be a likely typo.
     */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String target = wrong.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(name -> new Scored(
                        name,
                        Math.min(
                                distance(target, name.toLowerCase(Locale.ROOT)),
                                distance(
                                        target,
                                        name.substring(name.indexOf('.') + 1).toLowerCase(Locale.ROOT)))))
                .filter(s -> s.distance <= Math.max(2, target.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String hint(String wrong, Collection<String> known) {
        return closest(wrong, known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }

    private record Scored(String name, int distance) {}

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
