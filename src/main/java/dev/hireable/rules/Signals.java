package dev.hireable.rules;

import java.util.List;
import java.util.Optional;

/** What one repository shows, in the shape of the JSON contract's {@code signals}. */
public record Signals(
        ReadmeSignal readme,
        DockerfileSignal dockerfile,
        TrackingSignal experimentTracking,
        EndpointSignal endpoint,
        boolean modelRegistry,
        boolean dataVersioning,
        List<String> orchestration,
        boolean monitoring,
        boolean ci,
        boolean tests,
        boolean notebookOnly,
        Optional<String> toyDataset) {

    public Signals {
        orchestration = List.copyOf(orchestration);
    }
}
