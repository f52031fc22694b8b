package dev.hireable.rules.context.usage;

import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's own files (vendored folders left out) indexed by lower-case name and extension, so that looking
 * up dozens of config globs costs a hash lookup each instead of a regular expression per file of a 20,000-file
 * tree. Globs whose last segment is a literal name, or ends in a literal extension, use the index; others scan. A
 * glob that looks at the file name only is matched from where the name starts, found once per file.
 */
public final class FileIndex {

    /** The last path segment of a glob ends in {@code .ext} with no wildcard in the extension. */
    private static final Pattern LITERAL_EXTENSION = Pattern.compile("\\.([a-z0-9_-]+)$");

    private static final Pattern WILDCARD = Pattern.compile("[*?{}\\[\\]]");

    /** The files in tree order; buckets hold positions in it, so matches come out in tree order without sorting. */
    private final List<FileEntry> files;

    private final int[] nameStarts;
    /** Each path's {@link Glob#sketch}: most files are ruled out for a glob by one {@code &}. */
    private final long[] sketches;

    private final Positions all;
    private final Keyed byName;
    private final Keyed byExtension;

    private FileIndex(List<FileEntry> files) {
        this.files = List.copyOf(files);
        this.nameStarts = new int[this.files.size()];
        this.sketches = new long[this.files.size()];
        this.all = new Positions();
        long[] names = new long[this.files.size()];
        long[] extensions = new long[this.files.size()];
        for (int i = 0; i < this.files.size(); i++) {
            String path = this.files.get(i).path();
            int nameStart = path.lastIndexOf('/') + 1;
            nameStarts[i] = nameStart;
            sketches[i] = Glob.sketch(path, 0, path.length());
            all.add(i);
            names[i] = Keyed.entry(hash(path, nameStart, path.length()), i);
            // as FileEntry.extension(): none for a name that starts with its only dot (.env)
            int dot = path.lastIndexOf('.');
            extensions[i] = Keyed.entry(dot <= nameStart ? hash("", 0, 0) : hash(path, dot + 1, path.length()), i);
        }
        this.byName = new Keyed(names);
        this.byExtension = new Keyed(extensions);
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

    /** Files matching any of the globs, in tree order, each once. */
    public List<FileEntry> matching(List<String> globs) {
        BitSet found = new BitSet(files.size());
        // a choice ({yml,yaml}) is looked up as its alternatives: each may use the index
        for (String glob : globs) {
            for (String alternative : Glob.alternatives(glob)) {
                Glob matcher = Glob.of(alternative);
                Positions candidates = candidates(alternative);
                for (int c = 0; c < candidates.size; c++) {
                    int i = candidates.items[c];
                    if (!found.get(i)
                            && matcher.mayMatch(sketches[i])
                            && matcher.matches(files.get(i).path(), nameStarts[i])) {
                        found.set(i);
                    }
                }
            }
        }
        List<FileEntry> matched = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            FileEntry file = files.get(i);
            // a file listed twice is given once, as from a set
            if (matched.isEmpty() || !matched.get(matched.size() - 1).equals(file)) {
                matched.add(file);
            }
        }
        return matched;
    }

    /**
     * The files the glob may match: those of its name or extension when it names one, else all. Names and extensions
     * are compared by a hash, case ignored as globs ignore it (ASCII); the glob itself then decides.
     */
    private Positions candidates(String glob) {
        String lastSegment = Glob.lowerAscii(glob.substring(glob.lastIndexOf('/') + 1));
        if (!lastSegment.contains("**") && !WILDCARD.matcher(lastSegment).find()) {
            return byName.get(hash(lastSegment, 0, lastSegment.length()));
        }
        Matcher extension = LITERAL_EXTENSION.matcher(lastSegment);
        if (!lastSegment.contains("**") && extension.find()) {
            return byExtension.get(
                    hash(extension.group(1), 0, extension.group(1).length()));
        }
        return all;
    }

    /** A hash of {@code text[from, to)} with ASCII letters in lower case. */
    private static int hash(String text, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Glob.lowerAscii(text.charAt(i));
        }
        return hash;
    }

    /**
     * Positions of the files by the hash of a key (a name, an extension), sorted by hash and then position, so that a
     * binary search finds a key's files in tree order: no map entry or string for each of 200,000 files.
     */
    private static final class Keyed {
        private final long[] entries;

        Keyed(long[] entries) {
            Arrays.sort(entries);
            this.entries = entries;
        }

        static long entry(int hash, int position) {
            return ((long) hash << 32) | position;
        }

        Positions get(int hash) {
            long first = entry(hash, 0);
            int at = Arrays.binarySearch(entries, first);
            at = at < 0 ? -at - 1 : at;
            Positions found = new Positions();
            for (; at < entries.length && (int) (entries[at] >> 32) == hash; at++) {
                found.add((int) entries[at]);
            }
            return found;
        }
    }

    /** Positions in the file list, growing as they are added: no boxing for a 200,000-file tree. */
    private static final class Positions {
        private int[] items = new int[4];
        private int size;

        void add(int position) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }
    }
}
