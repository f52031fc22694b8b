package dev.hireable.rules.context;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches groups of file globs against a repository's tree in one pass, vendored folders left out. Each glob carries
 * the longest plain piece of its text (e.g. {@code .csv} for {@code *titanic*.csv}), and only paths holding it are
 * matched with the glob's expression, which keeps a 20,000-file tree cheap to search for many globs.
 */
public final class FileMatcher<K> {

    private record Entry<K>(K key, Glob glob, String fragment) {
    }

    private final List<Entry<K>> entries;

    private FileMatcher(List<Entry<K>> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Globs by group, each group's globs together; a group's files are those matching any of its globs. */
    public static <K> FileMatcher<K> of(Map<K, List<String>> groups) {
        List<Entry<K>> entries = new ArrayList<>();
        groups.forEach((key, globs) -> globs.forEach(glob -> entries.add(new Entry<>(key, Glob.of(glob), fragment(glob)))));
        return new FileMatcher<>(entries);
    }

    public static FileMatcher<String> of(List<String> globs) {
        return of(Map.of("", globs));
    }

    /** The files of each group, in tree order; groups without files are left out. */
    public Map<K, List<FileEntry>> match(RepoContext context) {
        Map<K, List<FileEntry>> found = new LinkedHashMap<>();
        for (FileEntry file : context.snapshot().tree().files()) {
            String lower = file.path().toLowerCase(Locale.ROOT);
            K matched = null;
            for (Entry<K> entry : entries) {
                if (entry.key() != matched && lower.contains(entry.fragment()) && entry.glob().matches(file.path())) {
                    found.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(file);
                    matched = entry.key();
                }
            }
        }
        found.values().forEach(files -> files.removeIf(f -> context.sources().isVendored(f.path())));
        found.values().removeIf(List::isEmpty);
        return found;
    }

    /** The files matching any glob, for a matcher of one group. */
    public List<FileEntry> files(RepoContext context) {
        return match(context).values().stream().flatMap(List::stream).distinct().toList();
    }

    /** The longest run of the glob outside wildcards, braces and folder separators, in lower case. */
    static String fragment(String glob) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int braces = 0;
        for (char c : glob.toCharArray()) {
            if (c == '{') {
                braces++;
            }
            boolean literal = braces == 0 && c != '*' && c != '?' && c != '/' && c != '}';
            if (literal) {
                run.append(Character.toLowerCase(c));
            } else {
                best = run.length() > best.length() ? run.toString() : best;
                run.setLength(0);
            }
            if (c == '}') {
                braces--;
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }
}
