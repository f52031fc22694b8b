package dev.hireable.rules.stubs;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.context.CodeCue;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Template values left in manifests and configs (YOUR_REGISTRY, {@code <your-app>}, CHANGE_ME), comment lines skipped.
 * Secrets' placeholders are not counted (a secret belongs outside the repository), nor values that a line of the
 * repository substitutes (a workflow's {@code sed s|YOUR_REGISTRY|...|}).
 */
final class TemplatePlaceholders {

    /** The placeholder values found, in order, and the lines that hold them. */
    record Found(List<String> values, List<Evidence> evidence, boolean anyFile) {}

    private static final int MAX_EVIDENCE = 5;

    private final StubsModule.Placeholders vocabulary;
    private final List<Glob> notFiles;

    TemplatePlaceholders(StubsModule.Placeholders vocabulary) {
        this.vocabulary = vocabulary;
        this.notFiles = vocabulary.notFiles().stream().map(Glob::of).toList();
    }

    Found find(RepoContext context) {
        List<Hit> hits = new ArrayList<>();
        Set<String> substituted = new LinkedHashSet<>();
        boolean anyFile = false;
        for (FileEntry file : context.fileIndex().matching(vocabulary.files())) {
            if (notFiles.stream().anyMatch(glob -> glob.matches(file.path()))) {
                continue;
            }
            anyFile = true;
            String[] lines =
                    context.text(file.path()).map(text -> text.split("\\R", -1)).orElse(new String[0]);
            for (int i = 0; i < lines.length; i++) {
                if (vocabulary.comment().matcher(lines[i]).find()) {
                    continue;
                }
                List<String> own = valuesOf(lines[i]);
                if (vocabulary.substitution().matcher(lines[i]).find()) {
                    substituted.addAll(own);
                } else if (!own.isEmpty()) {
                    hits.add(new Hit(own, Evidence.line(file.path(), i + 1, lines[i])));
                }
            }
        }
        // a value a script or workflow fills in is a template variable on purpose, not one left unfilled
        Set<String> values = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Hit hit : hits) {
            List<String> left = hit.values().stream()
                    .filter(value -> !substituted.contains(value))
                    .toList();
            values.addAll(left);
            if (!left.isEmpty() && evidence.size() < MAX_EVIDENCE) {
                evidence.add(hit.evidence());
            }
        }
        return new Found(List.copyOf(values), evidence, anyFile);
    }

    /** The placeholder values of one line and where it is. */
    private record Hit(List<String> values, Evidence evidence) {}

    /** The placeholder values of one line; a match inside an earlier one ({@code your-app} in {@code <your-app>}) is left out. */
    private List<String> valuesOf(String line) {
        List<String> values = new ArrayList<>();
        boolean[] taken = new boolean[line.length() + 1];
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        for (CodeCue value : vocabulary.values()) {
            if (!value.matches(line, lower)) {
                continue;
            }
            Matcher matcher = value.pattern().matcher(line);
            while (matcher.find()) {
                boolean overlaps = false;
                for (int at = matcher.start(); at < matcher.end() && !overlaps; at++) {
                    overlaps = taken[at];
                }
                if (!overlaps) {
                    java.util.Arrays.fill(taken, matcher.start(), matcher.end(), true);
                    String found = matcher.group().replaceFirst("^[=:]\\s*", "").strip();
                    if (vocabulary.notValues().stream()
                            .noneMatch(not -> not.matcher(found).find())) {
                        values.add(found);
                    }
                }
            }
        }
        return values;
    }
}
