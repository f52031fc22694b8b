package dev.hireable.rules.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the literal hints of many patterns (see {@link LiteralHint}) for one {@link HintIndex}: each distinct hint,
 * folded as the index folds it, gets one number, and a pattern keeps the numbers of its own.
 */
public final class HintNumbers {

    private static final int[] NONE = new int[0];

    private final List<String> hints = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    /** The numbers of a pattern's hints; none for a pattern with the empty hint, which is always run. */
    public int[] register(List<String> patternHints) {
        if (patternHints.isEmpty() || patternHints.contains("")) {
            return NONE;
        }
        return patternHints.stream()
                .map(HintIndex::fold)
                .distinct()
                .mapToInt(hint -> numbers.computeIfAbsent(hint, text -> {
                    hints.add(text);
                    return hints.size() - 1;
                }))
                .toArray();
    }

    /** How many distinct hints are numbered. */
    public int size() {
        return hints.size();
    }

    /** The index of the hints numbered so far. */
    public HintIndex index() {
        return new HintIndex(hints);
    }

    /** Whether one of a pattern's hints is among those present; a pattern without hints always may match. */
    public static boolean anyPresent(int[] patternHints, java.util.BitSet present) {
        if (patternHints.length == 0) {
            return true;
        }
        for (int hint : patternHints) {
            if (present.get(hint)) {
                return true;
            }
        }
        return false;
    }
}
