package dev.hireable.rules;

import java.util.Optional;

/**
 * One signal as its rule file declares it under {@code signals:}: what a repository shows, named once and used by
 * that id everywhere (the standard, archetypes, interview questions, the check matrix, every report).
 *
 * @param id        {@code <module>.<name>}, e.g. {@code monitoring.used}
 * @param module    the rule file (and module) that declares it, e.g. {@code monitoring}
 * @param label     how a sentence names it, e.g. "monitoring"
 * @param decidedBy the rule whose finding decides it: when that finding is {@code unknown} so is the signal
 * @param column    its column in the check matrix, if it has one
 */
public record SignalSpec(
        String id, String module, SignalType type, String label, Optional<String> decidedBy, Optional<Column> column) {

    /**
     * A column of the check matrix.
     *
     * @param header  a short heading, e.g. "Tracking"
     * @param details a list signal whose names the cell shows, e.g. {@code tracking.tools}
     */
    public record Column(String header, Optional<String> details) {}
}
