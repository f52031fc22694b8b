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

    // equals and hashCode written out, as for every record used as a key in an audit: a record's generated ones are
    // linked through method handles on their first call, milliseconds of a fresh JVM's start (README, Benchmarks)
    @Override
    public boolean equals(Object other) {
        return other instanceof SignalId signal && signal.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
