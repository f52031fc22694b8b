package dev.hireable.rules.context.usage;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a library shows in code: a file (or notebook) that imports it and makes one of its calls, e.g.
 * {@code from fastapi import FastAPI} with {@code app = FastAPI()}. An import alone is not use.
 *
 * @param hints   lower-case literals, one of which every import line contains; they keep the patterns off other
 *                lines ({@code hint: x} reads as one)
 * @param imports patterns of the import lines
 * @param calls   patterns of the calls, decorators or class definitions that show real use; empty means the
 *                import alone is enough
 * @param unless  patterns that cancel a call when its statement (the call line and, for a call written over several
 *                lines, the lines until its brackets close) matches one, e.g. {@code repo_type="space"} on an upload
 */
public record CodeSignature(
        @JsonAlias("hint") List<String> hints,
        List<RulePattern> imports,
        List<RulePattern> calls,
        List<RulePattern> unless) {

    /** How many lines of a call written over several lines are read for {@code unless}. */
    private static final int STATEMENT_LINES = 12;

    public CodeSignature {
        if (hints == null || hints.isEmpty() || hints.stream().anyMatch(h -> h == null || h.isBlank())) {
            throw new IllegalArgumentException("'hints' must name literals, one of which every import line contains");
        }
        hints = hints.stream().map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
        if (imports == null || imports.isEmpty()) {
            throw new IllegalArgumentException("'imports' needs at least one pattern");
        }
        imports = List.copyOf(imports);
        calls = calls == null ? List.of() : List.copyOf(calls);
        unless = unless == null ? List.of() : List.copyOf(unless);
    }

    public CodeSignature(List<String> hints, List<RulePattern> imports, List<RulePattern> calls) {
        this(hints, imports, calls, List.of());
    }

    /** A line that uses the library in a file that imports it: the first hit of the first call pattern that hits. */
    public Optional<CodeLine> firstUse(CodeIndex code) {
        return firstUse(code, line -> true);
    }

    /**
     * Like {@link #firstUse(CodeIndex)}, counting only the calls {@code counts} accepts (e.g. calls that are ever
     * reached, see {@link Reachability}).
     */
    public Optional<CodeLine> firstUse(CodeIndex code, java.util.function.Predicate<CodeLine> counts) {
        Set<String> importing = new HashSet<>();
        CodeLine firstImport = null;
        for (RulePattern pattern : imports) {
            for (String hint : hints) {
                for (CodeLine line : code.find(hint, pattern)) {
                    importing.add(line.path());
                    firstImport = firstImport == null ? line : firstImport;
                }
            }
        }
        if (importing.isEmpty() || calls.isEmpty()) {
            return Optional.ofNullable(firstImport);
        }
        for (RulePattern call : calls) {
            Optional<CodeLine> use = code.findIn(importing, call).stream()
                    .filter(line -> !cancelled(code, line) && counts.test(line))
                    .findFirst();
            if (use.isPresent()) {
                return use;
            }
        }
        return Optional.empty();
    }

    private boolean cancelled(CodeIndex code, CodeLine line) {
        if (unless.isEmpty()) {
            return false;
        }
        String statement = code.statement(line, STATEMENT_LINES);
        return unless.stream().anyMatch(pattern -> pattern.matcher(statement).find());
    }
}
