package dev.hireable.rules.context.usage;

import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's own files (vendored folders left out) indexed by lower-case name and extension, so that looking
 * up dozens of config globs costs a hash lookup each instead of a regular expression per file of a 20,000-file
 * tree. Globs whose last segment is a literal name, or ends in a literal extension, use the index; others scan.
 */
public final class FileIndex {

    /** The last path segment of a glob ends in {@code .ext} with no wildcard in the extension. */
    private static final Pattern LITERAL_EXTENSION = Pattern.compile("\\.([a-z0-9_-]+)$");

    private static final Pattern WILDCARD = Pattern.compile("[*?{}\\[\\]]");

    private final List<FileEntry> files;
    private final Map<String, List<FileEntry>> byName = new HashMap<>();
    private final Map<String, List<FileEntry>> byExtension = new HashMap<>();

    private FileIndex(List<FileEntry> files) {
        this.files = List.copyOf(files);
        for (FileEntry file : this.files) {
            byName.computeIfAbsent(file.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(file);
            byExtension
                    .computeIfAbsent(file.extension(), k -> new ArrayList<>())
                    .add(file);
        }
    }

    /** The repository's files outside vendored folders, indexed once per repository. */
    public static FileIndex of(RepoContext context) {
        return context.fileIndex();
    }

    /** Builds the index; {@link RepoContext} keeps the one of its repository. */
    public static FileIndex build(RepoContext context) {
        return build(context.snapshot().tree(), context.sources());
    }

    /** Indexes the files of {@code tree} outside the vendored folders of {@code sources}: each path is judged once. */
    public static FileIndex build(FileTree tree, SourceVocabulary sources) {
        return new FileIndex(
                tree.files().stream().filter(f -> !sources.isVendored(f.path())).toList());
    }

    /** Files matching any of the globs, in tree order. */
    public List<FileEntry> matching(List<String> globs) {
        Set<FileEntry> found = new LinkedHashSet<>();
        // a choice ({yml,yaml}) is looked up as its alternatives: each may use the index
        for (String glob :
                globs.stream().flatMap(glob -> Glob.alternatives(glob).stream()).toList()) {
            Glob matcher = Glob.of(glob);
            for (FileEntry file : candidates(glob)) {
                if (matcher.matches(file.path())) {
                    found.add(file);
                }
            }
        }
        return found.stream()
                .sorted(java.util.Comparator.comparing(FileEntry::path))
                .toList();
    }

    private List<FileEntry> candidates(String glob) {
        String lastSegment = glob.substring(glob.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!lastSegment.contains("**") && !WILDCARD.matcher(lastSegment).find()) {
            return byName.getOrDefault(lastSegment, List.of());
        }
        Matcher extension = LITERAL_EXTENSION.matcher(lastSegment);
        if (!lastSegment.contains("**") && extension.find()) {
            return byExtension.getOrDefault(extension.group(1), List.of());
        }
        return files;
    }
}
