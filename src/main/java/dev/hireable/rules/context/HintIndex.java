package dev.hireable.rules.context;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of many short texts (the literal hints of rule patterns, see {@link LiteralHint}) occur in a text, in
 * one pass over it (Aho-Corasick), case-insensitively. A pattern whose hints all are absent cannot match, so it is
 * never run: the cost of a text grows with its length, not with the number of patterns in the rule files.
 */
public final class HintIndex {

    private static final long FREE = -1L;
    private static final int[] NO_HINTS = new int[0];

    /** The transitions as an open-addressing table of (node, character) keys, read without boxing. */
    private long[] keys;

    private int[] targets;
    /** The transitions out of the root, by character: most characters of a text start from there. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];

    private final int[] fail;
    private final int[][] outputs;

    /** @param hints the texts, each numbered by its position; empty texts are never reported */
    public HintIndex(List<String> hints) {
        // sized for the most transitions the hints can make (one per character) at most half full: never grown
        int characters = hints.stream().mapToInt(String::length).sum();
        int capacity = Integer.highestOneBit(Math.max(32, 2 * characters + 1)) * 2;
        keys = new long[capacity];
        targets = new int[capacity];
        Arrays.fill(keys, FREE);
        Trie trie = new Trie();
        for (int id = 0; id < hints.size(); id++) {
            String hint = fold(hints.get(id));
            if (hint.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < hint.length(); i++) {
                char c = hint.charAt(i);
                int next = child(node, c);
                if (next == 0) {
                    next = trie.add(node, c);
                    if (node == 0) {
                        fromRoot[c] = next;
                    } else {
                        put(node, c, next);
                    }
                }
                node = next;
            }
            trie.end(node, id);
        }
        int nodes = trie.size;
        this.fail = new int[nodes];
        this.outputs = new int[nodes][];
        outputs[0] = NO_HINTS;
        // fail links and outputs point to shallower nodes: work out each depth before the next
        for (int node : trie.byDepth()) {
            int parent = trie.parent[node];
            char c = trie.label[node];
            fail[node] = parent == 0 ? 0 : next(fail[parent], c);
            int[] own = trie.ends[node] == null ? NO_HINTS : trie.ends[node];
            int[] inherited = outputs[fail[node]];
            outputs[node] = inherited.length == 0 ? own : concat(own, inherited);
        }
    }

    /** The numbers of the hints that occur in the text. */
    public BitSet present(CharSequence text) {
        BitSet found = new BitSet();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next(state, fold(text.charAt(i)));
            for (int id : outputs[state]) {
                found.set(id);
            }
        }
        return found;
    }

    /** What {@link #lines} reports: the number of a hint and a line it occurs on. */
    @FunctionalInterface
    public interface Occurrence {
        void on(int hint, int line);
    }

    /**
     * Every hint occurrence with the line it is on (lines counted from 0, split at {@code '\n'}), in text order; a hint
     * is reported once per line.
     */
    public void lines(CharSequence text, Occurrence found) {
        int state = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            state = next(state, fold(c));
            for (int id : outputs[state]) {
                found.on(id, line);
            }
            if (c == '\n') {
                line++;
            }
        }
    }

    /** Whether any hint occurs in the text: stops at the first. */
    public boolean anyIn(CharSequence text) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next(state, fold(text.charAt(i)));
            if (outputs[state].length > 0) {
                return true;
            }
        }
        return false;
    }

    private int next(int state, char c) {
        int node = state;
        while (node != 0) {
            int child = child(node, c);
            if (child > 0) {
                return child;
            }
            node = fail[node];
        }
        return fromRoot[c];
    }

    /** The node a transition leads to, 0 when there is none (the root is nobody's child). */
    private int child(int node, char c) {
        if (node == 0) {
            return fromRoot[c];
        }
        long key = key(node, c);
        int slot = slot(key, keys.length);
        while (keys[slot] != FREE) {
            if (keys[slot] == key) {
                return targets[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return 0;
    }

    private void put(int node, char c, int child) {
        insert(keys, targets, key(node, c), child);
    }

    private static void insert(long[] keys, int[] targets, long key, int child) {
        int slot = slot(key, keys.length);
        while (keys[slot] != FREE) {
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        targets[slot] = child;
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (capacity - 1);
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * A character as case-insensitive matching compares it: the lower case of its upper case, so that the long s and
     * the Kelvin sign fold as a regular expression with UNICODE_CASE folds them.
     */
    public static char fold(char c) {
        if (c < 0x80) {
            // ASCII, most of every text, folds without the two Unicode table lookups below
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A text folded one character at a time (see {@link #fold(char)}), so that positions and lengths do not change;
     * the text itself when folding changes nothing.
     */
    public static String fold(String text) {
        int first = 0;
        while (first < text.length() && fold(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** The nodes as they are added: each one's parent, the character leading to it, its depth and hints ending there. */
    private static final class Trie {
        int size = 1;
        int[] parent = new int[64];
        char[] label = new char[64];
        int[] depth = new int[64];
        int[][] ends = new int[64][];

        int add(int from, char c) {
            if (size == parent.length) {
                parent = Arrays.copyOf(parent, size * 2);
                label = Arrays.copyOf(label, size * 2);
                depth = Arrays.copyOf(depth, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            parent[size] = from;
            label[size] = c;
            depth[size] = depth[from] + 1;
            return size++;
        }

        void end(int node, int id) {
            int[] own = ends[node];
            ends[node] = own == null ? new int[] {id} : concat(own, new int[] {id});
        }

        /** The nodes other than the root, shallowest first (a counting sort by depth). */
        int[] byDepth() {
            int deepest = 0;
            for (int node = 1; node < size; node++) {
                deepest = Math.max(deepest, depth[node]);
            }
            int[] starts = new int[deepest + 2];
            // starts[d]: how many nodes lie shallower than depth d, where the nodes of depth d start in the order
            for (int node = 1; node < size; node++) {
                starts[depth[node] + 1]++;
            }
            for (int d = 1; d < starts.length; d++) {
                starts[d] += starts[d - 1];
            }
            int[] order = new int[size - 1];
            for (int node = 1; node < size; node++) {
                order[starts[depth[node]]++] = node;
            }
            return order;
        }
    }
}
