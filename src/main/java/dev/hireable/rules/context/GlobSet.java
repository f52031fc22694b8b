package dev.hireable.rules.context;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Globs matched against a whole file tree quickly: each glob's longest literal part (lower case, as globs match
 * case-insensitively) must appear in a path before the glob's regular expression is tried. Rules that look for a
 * few named files in trees of tens of thousands of files spend their time here.
 */
public final class GlobSet {

    private final List<Glob> globs;
    private final List<String> literals;

    private GlobSet(List<Glob> globs) {
        this.globs = List.copyOf(globs);
        this.literals = globs.stream().map(g -> longestLiteral(g.source())).toList();
    }

    public static GlobSet of(List<String> globs) {
        return new GlobSet(globs.stream().map(Glob::of).toList());
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    public boolean matches(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (int i = 0; i < globs.size(); i++) {
            if (lower.contains(literals.get(i)) && globs.get(i).matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The files of the repository matching any glob, vendored folders left out, in path order. */
    public List<FileEntry> files(RepoContext context) {
        List<FileEntry> found = new ArrayList<>();
        if (globs.isEmpty()) {
            return found;
        }
        for (FileEntry file : context.snapshot().tree().files()) {
            if (matches(file.path()) && !context.sources().isVendored(file.path())) {
                found.add(file);
            }
        }
        return found;
    }

    /** The longest run of characters that every match contains: no wildcards, nothing inside braces. */
    static String longestLiteral(String glob) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        int braces = 0;
        for (char c : glob.toCharArray()) {
            if (c == '{') {
                braces++;
            }
            boolean literal = braces == 0 && c != '*' && c != '?' && c != '[' && c != ']' && c != '}' && c != '/';
            if (literal) {
                run.append(c);
            } else {
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
            }
            if (c == '}' && braces > 0) {
                braces--;
            }
        }
        if (run.length() > longest.length()) {
            longest = run.toString();
        }
        return longest.toLowerCase(Locale.ROOT);
    }
}
