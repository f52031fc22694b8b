package dev.hireable.rules.context.usage;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a library shows in code: a file (or notebook) that imports it and makes one of its calls, e.g.
 * {@code from fastapi import FastAPI} with {@code app = FastAPI()}. An import alone is not use.
 *
 * @param hints   lower-case literals, one of which every import line contains; they keep the patterns off other
 *                lines ({@code hint: x} reads as one)
 * @param imports patterns of the import lines
 * @param calls   patterns of the calls, decorators or class definitions that show real use; empty means the
 *                import alone is enough
 */
public record CodeSignature(@JsonAlias("hint") List<String> hints, List<Pattern> imports, List<Pattern> calls) {

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
    }

    /** A line that uses the library in a file that imports it: the first hit of the first call pattern that hits. */
    public Optional<CodeLine> firstUse(CodeIndex code) {
        Set<String> importing = new HashSet<>();
        CodeLine firstImport = null;
        for (Pattern pattern : imports) {
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
        for (Pattern call : calls) {
            Optional<CodeLine> use = code.findIn(importing, call).stream().findFirst();
            if (use.isPresent()) {
                return use;
            }
        }
        return Optional.empty();
    }
}
