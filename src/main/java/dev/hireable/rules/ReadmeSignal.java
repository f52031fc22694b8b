package dev.hireable.rules;

import java.util.Optional;

/** Which of the four parts a reader needs the README covers. */
public record ReadmeSignal(Optional<String> path, boolean problem, boolean approach, boolean results,
                           boolean retrospective) {

    public static ReadmeSignal none() {
        return new ReadmeSignal(Optional.empty(), false, false, false, false);
    }

    public int sectionsCovered() {
        return (problem ? 1 : 0) + (approach ? 1 : 0) + (results ? 1 : 0) + (retrospective ? 1 : 0);
    }
}
