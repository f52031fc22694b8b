package dev.hireable.rules.readme;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of many short texts (the literal hints of the README patterns) occur in a text, in one pass over it
 * (Aho-Corasick), case-insensitively. A pattern whose hints all are absent cannot match, so it is never run: the cost
 * of a README grows with its length, not with the number of languages and cues in rules/readme.yaml.
 */
final class HintIndex {

    private static final int[] NONE = new int[0];

    /** The transitions as an open-addressing table of (node, character) keys, read without boxing. */
    private final long[] keys;

    private final int[] targets;
    /** The transitions out of the root, by character: most characters of a text start from there. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];

    private final int[] fail;
    private final int[][] outputs;

    /**
     * @param hints the texts, each numbered by its position; empty texts are never reported
     */
    HintIndex(List<String> hints) {
        // built with plain loops over arrays: it runs once per start, mostly before the JIT has compiled anything
        int bound = 1;
        for (String hint : hints) {
            bound += hint.length();
        }
        this.keys = new long[Integer.highestOneBit(Math.max(4, bound * 2)) << 1];
        this.targets = new int[keys.length];
        Arrays.fill(keys, -1L);
        int[] firstChild = new int[bound];
        int[] nextSibling = new int[bound];
        char[] label = new char[bound];
        int[] firstEnd = new int[bound];
        int[] nextEnd = new int[hints.size()];
        Arrays.fill(firstChild, -1);
        Arrays.fill(firstEnd, -1);
        int nodes = 1;
        for (int id = 0; id < hints.size(); id++) {
            String hint = lower(hints.get(id));
            if (hint.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < hint.length(); i++) {
                char c = hint.charAt(i);
                int next = child(node, c);
                if (next == 0) {
                    next = nodes++;
                    put(node, c, next);
                    label[next] = c;
                    nextSibling[next] = firstChild[node];
                    firstChild[node] = next;
                    if (node == 0) {
                        fromRoot[c] = next;
                    }
                }
                node = next;
            }
            nextEnd[id] = firstEnd[node];
            firstEnd[node] = id;
        }
        this.fail = new int[nodes];
        this.outputs = new int[nodes][];
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int node = queue[head++];
            outputs[node] = outputsOf(node, firstEnd, nextEnd);
            for (int child = firstChild[node]; child != -1; child = nextSibling[child]) {
                fail[child] = node == 0 ? 0 : next(fail[node], label[child]);
                queue[tail++] = child;
            }
        }
    }

    /** The hints ending at a node, then those of its failure node (already known: it is nearer the root). */
    private int[] outputsOf(int node, int[] firstEnd, int[] nextEnd) {
        int[] inherited = node == 0 ? NONE : outputs[fail[node]];
        int own = 0;
        for (int id = firstEnd[node]; id != -1; id = nextEnd[id]) {
            own++;
        }
        if (own == 0) {
            return inherited;
        }
        int[] all = new int[own + inherited.length];
        int at = 0;
        for (int id = firstEnd[node]; id != -1; id = nextEnd[id]) {
            all[at++] = id;
        }
        System.arraycopy(inherited, 0, all, at, inherited.length);
        return all;
    }

    private void put(int node, char c, int child) {
        long key = key(node, c);
        int slot = slot(key);
        while (keys[slot] != -1L) {
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        targets[slot] = child;
    }

    /** The numbers of the hints that occur in the text. */
    BitSet present(CharSequence text) {
        BitSet found = new BitSet();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next(state, Character.toLowerCase(text.charAt(i)));
            for (int id : outputs[state]) {
                found.set(id);
            }
        }
        return found;
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
        long key = key(node, c);
        int slot = slot(key);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return targets[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return 0;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (keys.length - 1);
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    /** Lower case one character at a time, so that positions and lengths do not change. */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
