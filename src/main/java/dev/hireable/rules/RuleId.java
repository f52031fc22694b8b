package dev.hireable.rules;

/**
 * A rule named in a rule file's vocabulary (e.g. the findings that show a requirement of the standard). Binding
 * checks that some rule file documents it, so a misspelt id stops the load with its file and line.
 */
public record RuleId(String id) {

    public RuleId {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule id cannot be empty");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
