package dev.hireable.rules.endpoint;

import dev.hireable.snapshot.Glob;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The live-URL part of rules/endpoint.yaml.
 *
 * @param hosts           deploy host name → patterns; without a slash a pattern matches the host, with one the host
 *                        and path
 * @param notApps         hosts on deploy platforms that serve badges or widgets, not anyone's app
 * @param temporaryHosts  hosts of share links that expire, never counted as live
 * @param placeholders    patterns of a URL that is a template, not an address
 * @param placeholderText patterns of README text that stands where a link should be
 */
public record LiveUrlVocabulary(Map<String, List<String>> hosts, List<String> notApps, List<String> temporaryHosts,
                                List<Pattern> placeholders, List<Pattern> placeholderText) {

    public LiveUrlVocabulary {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("'hosts' needs at least one deploy host");
        }
        hosts.values().forEach(patterns -> patterns.forEach(Glob::of));
        hosts = Collections.unmodifiableMap(new LinkedHashMap<>(hosts));
        notApps = notApps == null ? List.of() : List.copyOf(notApps);
        notApps.forEach(Glob::of);
        temporaryHosts = temporaryHosts == null ? List.of() : List.copyOf(temporaryHosts);
        temporaryHosts.forEach(Glob::of);
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        placeholderText = placeholderText == null ? List.of() : List.copyOf(placeholderText);
    }

    /** The deploy host a URL is on, by its host and path. */
    Optional<String> deployHost(String host, String hostAndPath) {
        for (Map.Entry<String, List<String>> entry : hosts.entrySet()) {
            if (entry.getValue().stream().anyMatch(pattern -> matches(pattern, host, hostAndPath))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    boolean notAnApp(String host) {
        return notApps.stream().anyMatch(pattern -> matches(pattern, host, host));
    }

    boolean temporary(String host) {
        return temporaryHosts.stream().anyMatch(pattern -> matches(pattern, host, host));
    }

    boolean placeholder(String url) {
        return placeholders.stream().anyMatch(p -> p.matcher(url).find());
    }

    private static boolean matches(String pattern, String host, String hostAndPath) {
        return Glob.of(pattern).matches(pattern.contains("/") ? hostAndPath : host);
    }
}
