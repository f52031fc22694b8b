package dev.hireable.rules.readme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many short texts (the literal hints of the README patterns) occur in a text, in one pass over it
 * (Aho-Corasick), case-insensitively. A pattern whose hints all are absent cannot match, so it is never run: the cost
 * of a README grows with its length, not with the number of languages and cues in rules/readme.yaml.
 */
final class HintIndex {

    /** The transitions as an open-addressing table of (node, character) keys, read without boxing. */
    private final long[] keys;

    private final int[] targets;
    /** The transitions out of the root, by character: most characters of a text start from there. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];

    private final int[] fail;
    private final int[][] outputs;

    /** @param hints the texts, each numbered by its position; empty texts are never reported */
    HintIndex(List<String> hints) {
        Map<Long, Integer> edges = new HashMap<>();
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (int id = 0; id < hints.size(); id++) {
            String hint = lower(hints.get(id));
            if (hint.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < hint.length(); i++) {
                long key = key(node, hint.charAt(i));
                Integer next = edges.get(key);
                if (next == null) {
                    next = ends.size();
                    ends.add(new ArrayList<>());
                    edges.put(key, next);
                }
                node = next;
            }
            ends.get(node).add(id);
        }
        int nodes = ends.size();
        int capacity = Integer.highestOneBit(Math.max(4, edges.size() * 2)) << 1;
        this.keys = new long[capacity];
        this.targets = new int[capacity];
        Arrays.fill(keys, -1L);
        edges.forEach((key, child) -> {
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key;
            targets[slot] = child;
            if (key >>> 16 == 0) {
                fromRoot[(int) (key & 0xFFFF)] = child;
            }
        });
        this.fail = new int[nodes];
        List<List<Character>> children = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            children.add(new ArrayList<>());
        }
        edges.forEach((key, child) -> children.get((int) (key >>> 16)).add((char) (key & 0xFFFF)));
        this.outputs = new int[nodes][];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            List<Integer> out = new ArrayList<>(ends.get(node));
            if (node != 0) {
                for (int id : outputs[fail[node]]) {
                    out.add(id);
                }
            }
            outputs[node] = out.stream().mapToInt(Integer::intValue).toArray();
            for (char c : children.get(node)) {
                int child = child(node, c);
                fail[child] = node == 0 ? 0 : next(fail[node], c);
                queue.add(child);
            }
        }
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
