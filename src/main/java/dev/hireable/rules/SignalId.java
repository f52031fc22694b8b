package dev.hireable.rules;

/**
 * A signal named in a rule file's vocabulary (the standard's requirements, archetype facts, interview questions).
 * Binding checks that some rule file declares it, so a misspelt id stops the load with its file and line.
 */
public record SignalId(String id) {

    public SignalId {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a signal id cannot be empty");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
