package dev.hireable.rules.catalog;

import java.util.Optional;

/** A rule file that cannot be used: names the file, the line when known, and the problem in one sentence. */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public RuleFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    public String problem() {
        return problem;
    }
}
