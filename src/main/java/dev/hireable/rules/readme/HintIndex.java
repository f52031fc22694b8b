package dev.hireable.rules.readme;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

    private final Map<Long, Integer> edges = new HashMap<>();
    private final int[] fail;
    private final int[][] outputs;

    /** @param hints the texts, each numbered by its position; empty texts are never reported */
    HintIndex(List<String> hints) {
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
                int child = edges.get(key(node, c));
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
        while (true) {
            Integer child = edges.get(key(node, c));
            if (child != null) {
                return child;
            }
            if (node == 0) {
                return 0;
            }
            node = fail[node];
        }
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
