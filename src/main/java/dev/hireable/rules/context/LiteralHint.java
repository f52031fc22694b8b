package dev.hireable.rules.context;

import dev.hireable.rules.catalog.RulePattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain text every match of a regular expression must contain, as a set of which at least one occurs: for
 * {@code \bload_iris\(} it is {@code [load_iris(]}; for {@code ^import\s+(?:pandas|polars)} it is
 * {@code [pandas, polars]}. Character classes, optional parts and lookarounds are skipped. {@code [""]} means no
 * such text is known. Conservative by design: a wrong hint would hide matches.
 */
final class LiteralHint {

    private static final List<String> NONE = List.of("");
    /** Words in almost every Python file: as a hint they filter nothing. */
    private static final Set<String> UBIQUITOUS = Set.of("import", "from", "def", "class", "return", "self", "print");
    /** An inline flag group that turns comments mode on: spaces and {@code #} then mean something else. */
    private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-wyzA-Z-]*x");

    /** Runs that are not a word every file has first, then the longer. */
    private static final Comparator<String> RUN_ORDER =
            Comparator.comparing((String run) -> !UBIQUITOUS.contains(run)).thenComparingInt(String::length);

    /** A mandatory group of the top-level sequence. */
    private record Group(String content) {}

    private LiteralHint() {}

    /**
     * The hints of a pattern as it is compiled: none that can be trusted in comments mode (spaces and {@code #} mean
     * something else there) or as a literal.
     */
    static List<String> of(RulePattern pattern) {
        return (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 ? NONE : of(pattern.pattern());
    }

    /**
     * The same hints in the case the pattern writes them (the others are in lower case): what a match of a pattern
     * that tells cases apart holds exactly.
     */
    static List<String> asWritten(RulePattern pattern) {
        return (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 ? NONE : of(pattern.pattern(), false);
    }

    static List<String> of(String regex) {
        return of(regex, true);
    }

    private static List<String> of(String regex, boolean lowerCase) {
        // checked once for the whole expression: a part holds neither when the whole does not
        if (regex.contains("\\Q") || COMMENTS_FLAG.matcher(regex).find()) {
            return NONE;
        }
        return hintsOf(regex, lowerCase);
    }

    /** The hints of an expression or of a part of one. Loops rather than streams: ~900 README cues ask at start-up. */
    private static List<String> hintsOf(String regex, boolean lowerCase) {
        List<String> alternatives = splitAlternatives(regex);
        if (alternatives.size() > 1) {
            Set<String> hints = new LinkedHashSet<>();
            for (String alternative : alternatives) {
                List<String> own = hintsOf(alternative, lowerCase);
                if (own.contains("")) {
                    return NONE;
                }
                hints.addAll(own);
            }
            return List.copyOf(hints);
        }
        List<String> runs = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        scan(regex, runs, groups, lowerCase);
        // the longest run, unless it is a word every file has and another run is not ("import" in "import\\s+modal")
        String bestRun = null;
        for (String run : runs) {
            if (bestRun == null || RUN_ORDER.compare(run, bestRun) > 0) {
                bestRun = run;
            }
        }
        List<String> best = bestRun == null ? NONE : List.of(bestRun);
        for (Group group : groups) {
            List<String> candidate = hintsOf(group.content(), lowerCase);
            if (!candidate.contains("") && selectivity(candidate) > selectivity(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** How well the hints filter files: the length of the shortest, 0 when one is a word every file has. */
    private static int selectivity(List<String> hints) {
        int shortest = Integer.MAX_VALUE;
        for (String hint : hints) {
            if (UBIQUITOUS.contains(hint)) {
                return 0;
            }
            shortest = Math.min(shortest, hint.length());
        }
        return hints.isEmpty() ? 0 : shortest;
    }

    /** Collects the literal runs and the mandatory groups of the top-level sequence. */
    private static void scan(String regex, List<String> runs, List<Group> groups, boolean lowerCase) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    endRun(run, runs);
                } else {
                    run.append(escaped);
                }
                i += 2;
            } else if (c == '(') {
                endRun(run, runs);
                int end = skipGroup(regex, i);
                if (!optionalAt(regex, end)) {
                    contentOf(regex.substring(i, end)).ifPresent(content -> groups.add(new Group(content)));
                }
                i = end;
            } else if (c == '[') {
                endRun(run, runs);
                i = skipClass(regex, i);
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                endRun(run, runs);
                i = c == '{' ? Math.max(regex.indexOf('}', i), i) + 1 : i + 1;
            } else if (c == '+' || c == '.' || c == '^' || c == '$' || c == ')') {
                endRun(run, runs);
                i++;
            } else {
                run.append(lowerCase ? Character.toLowerCase(c) : c);
                i++;
            }
        }
        endRun(run, runs);
    }

    /** The body of a capturing or non-capturing group; lookarounds and inline flags have none that counts. */
    private static java.util.Optional<String> contentOf(String group) {
        String body = group.substring(1, group.length() - 1);
        if (body.startsWith("?:")) {
            return java.util.Optional.of(body.substring(2));
        }
        return body.startsWith("?") ? java.util.Optional.empty() : java.util.Optional.of(body);
    }

    private static boolean optionalAt(String regex, int index) {
        if (index >= regex.length()) {
            return false;
        }
        char next = regex.charAt(index);
        return next == '?' || next == '*' || next == '{' && regex.startsWith("{0", index);
    }

    private static void endRun(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    /** The index after the group that opens at {@code start}. */
    private static int skipGroup(String regex, int start) {
        int depth = 0;
        int i = start;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = skipClass(regex, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** The index after the character class that opens at {@code start}. */
    private static int skipClass(String regex, int start) {
        int i = start + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    /** The expression split at its top-level {@code |}. */
    private static List<String> splitAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }
}
