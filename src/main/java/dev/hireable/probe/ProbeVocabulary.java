package dev.hireable.probe;

import java.util.List;

/** The vocabulary of rules/probe.yaml. */
public record ProbeVocabulary(
        String userAgent,
        List<Integer> liveStatuses,
        int maxUrlsPerRepo,
        List<Recogniser> recognisers,
        List<String> downMarkers) {

    public ProbeVocabulary {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("'user_agent' is required");
        }
        if (maxUrlsPerRepo < 1) {
            throw new IllegalArgumentException("'max_urls_per_repo' must be at least 1");
        }
        liveStatuses = liveStatuses == null ? List.of() : List.copyOf(liveStatuses);
        recognisers = recognisers == null ? List.of() : List.copyOf(recognisers);
        downMarkers = downMarkers == null ? List.of() : List.copyOf(downMarkers);
    }

    /**
     * What a live endpoint can be recognised as: by the URL's host and path ({@code hosts} are matched against
     * {@code host/path}), or by a marker in the body. When a live URL is recognised as nothing, each
     * {@code probe_paths} entry (e.g. {@code /openapi.json}) is fetched once on the same origin to look again.
     */
    public record Recogniser(String name, List<String> hosts, List<String> markers, List<String> probePaths) {
        public Recogniser {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a recogniser needs a 'name'");
            }
            hosts = hosts == null ? List.of() : List.copyOf(hosts);
            markers = markers == null ? List.of() : List.copyOf(markers);
            probePaths = probePaths == null ? List.of() : List.copyOf(probePaths);
            if (hosts.isEmpty() && markers.isEmpty()) {
                throw new IllegalArgumentException("recogniser '" + name + "' needs 'hosts' or 'markers'");
            }
        }

        boolean recognises(String hostAndPath, String body) {
            return hosts.stream().anyMatch(hostAndPath::contains)
                    || markers.stream().anyMatch(body::contains);
        }
    }
}
