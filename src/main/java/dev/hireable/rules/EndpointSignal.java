package dev.hireable.rules;

import java.util.List;

/**
 * How the model is served: serving frameworks found in code, live URLs on deploy hosts, and deploy configs.
 * {@code deployed} is a live URL or a concrete deploy config.
 */
public record EndpointSignal(List<String> serving, List<String> liveUrls, List<String> deployConfigs,
                             boolean deployed) {

    public EndpointSignal {
        serving = List.copyOf(serving);
        liveUrls = List.copyOf(liveUrls);
        deployConfigs = List.copyOf(deployConfigs);
    }

    public static EndpointSignal none() {
        return new EndpointSignal(List.of(), List.of(), List.of(), false);
    }
}
