package dev.hireable.rules.context.usage;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a line of code ever runs, as far as the code shows: a line inside a function that nothing calls does not
 * (an Evidently report built in {@code detect_drift()} that no module, test or route ever calls). Module-level code
 * runs; so does the body of a decorated function (a framework calls routes, tasks and flows), of an entry point a
 * runner calls by name (pytest's {@code test_*}, see {@link UncalledCode}) and of a function whose name appears anywhere
 * else in the code. One level deep: a function called only by an uncalled function still
 * counts as called. Answers are memoised per function name.
 */
public final class Reachability {

    private final CodeIndex code;
    private final java.util.function.Predicate<String> entryPoint;
    private final Map<String, Boolean> referenced = new HashMap<>();

    public Reachability(CodeIndex code, UncalledCode vocabulary) {
        this.code = code;
        this.entryPoint = vocabulary.entryPoint();
    }

    public boolean reached(CodeLine line) {
        Optional<CodeIndex.Function> function = code.enclosingFunction(line);
        if (function.isEmpty()
                || function.get().decorated()
                || entryPoint.test(function.get().name())) {
            return true;
        }
        CodeIndex.Function def = function.get();
        return referenced.computeIfAbsent(def.line().path() + "#" + def.name(), key -> isReferenced(def));
    }

    private boolean isReferenced(CodeIndex.Function def) {
        RulePattern name = RulePattern.compile("\\b" + def.name() + "\\b");
        return code.find(def.name().toLowerCase(Locale.ROOT), name).stream().anyMatch(use -> !use.equals(def.line()));
    }
}
