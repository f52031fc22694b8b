package dev.hireable.rules.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why not finding something proves nothing in a repository, if it does not: a truncated file tree, code files that
 * could not be read, or other files a rule needed that could not be read. Rules then answer {@code unknown}, never
 * {@code fail}.
 */
public final class Absence {

    private Absence() {
    }

    /**
     * The reason, as a clause to put in a sentence ("the file tree is truncated"), or empty when absence is proof.
     *
     * @param unreadable the rule's own files that could not be read, one sentence each
     */
    public static Optional<String> doubt(RepoContext context, List<String> unreadable) {
        List<String> reasons = new ArrayList<>();
        if (context.snapshot().tree().truncated()) {
            reasons.add("the file tree is truncated");
        }
        List<CodeIndex.CodeFile> problems = context.code().problems();
        if (!problems.isEmpty()) {
            reasons.add(count(problems.size(), "code file") + " could not be read (e.g. " + problems.get(0).path() + ")");
        }
        List<String> distinct = unreadable.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            reasons.add(distinct.size() == 1 ? distinct.get(0)
                    : count(distinct.size(), "other file") + " could not be read (e.g. " + distinct.get(0) + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", reasons));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
