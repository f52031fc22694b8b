package dev.hireable.rules.context.usage;

import dev.hireable.snapshot.Glob;
import java.util.List;

/**
 * A rule file's switch for code that never runs: when {@code skip} is true, a call inside a function that nothing
 * calls is not use (see {@link Reachability}).
 *
 * @param entryPoints globs of function names a runner calls without the code naming them: pytest's {@code test_*},
 *                    dunder methods, a Lambda {@code handler}
 */
public record UncalledCode(boolean skip, List<String> entryPoints) {

    /** Every call counts, reached or not. */
    public static final UncalledCode COUNTED = new UncalledCode(false, List.of());

    public UncalledCode {
        entryPoints = entryPoints == null ? List.of() : List.copyOf(entryPoints);
        entryPoints.forEach(Glob::of);
    }

    /** Whether a runner calls a function by its name, with the globs compiled once. */
    java.util.function.Predicate<String> entryPoint() {
        List<Glob> globs = entryPoints.stream().map(Glob::of).toList();
        return function -> globs.stream().anyMatch(glob -> glob.matches(function));
    }
}
