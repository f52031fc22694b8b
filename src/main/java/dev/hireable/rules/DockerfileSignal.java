package dev.hireable.rules;

import java.util.List;

/** The container build files found, outside vendored folders. */
public record DockerfileSignal(List<String> paths) {

    public DockerfileSignal {
        paths = List.copyOf(paths);
    }

    public boolean present() {
        return !paths.isEmpty();
    }
}
