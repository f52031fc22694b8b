package dev.hireable.rules.toy_dataset;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.snapshot.Glob;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one toy dataset shows in a repository, from rules/toy_dataset.yaml.
 *
 * @param columns column signatures: a header (or the words of a code file or template) holding every column of one
 *                signature matches (names compared in lower case without punctuation)
 * @param kaggle  Kaggle slugs: a competition ({@code titanic}) or a dataset ({@code uciml/iris}); a trailing {@code *}
 *                matches a series of competitions ({@code playground-series-*})
 * @param readme  phrases in the README (and the repository name), matched case-insensitively
 */
public record ToyDataset(
        List<CodeCue> code,
        List<String> dataFiles,
        List<List<String>> columns,
        List<String> kaggle,
        List<RulePattern> readme) {

    public ToyDataset {
        code = copy(code);
        dataFiles = copy(dataFiles);
        dataFiles.forEach(Glob::of);
        columns = copy(columns).stream()
                .map(signature -> signature.stream().map(ToyDataset::normalise).toList())
                .toList();
        kaggle =
                copy(kaggle).stream().map(slug -> slug.toLowerCase(Locale.ROOT)).toList();
        readme = copy(readme);
        if (code.isEmpty() && dataFiles.isEmpty() && columns.isEmpty() && kaggle.isEmpty() && readme.isEmpty()) {
            throw new IllegalArgumentException("a toy dataset needs at least one kind of evidence");
        }
    }

    public List<RulePattern> readmePatterns() {
        return readme.stream().map(ToyDataset::phrase).toList();
    }

    /** Whether a header or a file's words (already normalised) hold one of the column signatures. */
    public boolean matchesWords(java.util.Set<String> words) {
        return columns.stream().anyMatch(signature -> !signature.isEmpty() && words.containsAll(signature));
    }

    /**
     * Whether a Kaggle slug, as found, names this dataset (compared in lower case). A bare name, as in a notebook's
     * {@code /kaggle/input/NAME} folder, also matches the name part of a dataset slug {@code owner/NAME}.
     */
    public boolean matchesSlug(String slug) {
        String lower = slug.toLowerCase(Locale.ROOT);
        return kaggle.stream()
                .anyMatch(known -> known.endsWith("*")
                        ? lower.startsWith(known.substring(0, known.length() - 1))
                        : known.equals(lower) || !lower.contains("/") && known.endsWith("/" + lower));
    }

    /** A column name in lower case without spaces, dots, underscores or quotes: {@code "Sepal.Length"} → {@code sepallength}. */
    static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A phrase of prose as the rule file wrote it, matched case-insensitively. */
    static RulePattern phrase(RulePattern pattern) {
        return pattern.withFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
