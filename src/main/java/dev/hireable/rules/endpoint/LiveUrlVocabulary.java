package dev.hireable.rules.endpoint;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.snapshot.Glob;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
public record LiveUrlVocabulary(
        Map<String, List<String>> hosts,
        List<String> notApps,
        List<String> temporaryHosts,
        List<RulePattern> placeholders,
        List<RulePattern> placeholderText) {

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

    /** The host patterns compiled once, to match the many URLs of a README. */
    HostPatterns compile() {
        Map<String, List<HostPattern>> deploy = new LinkedHashMap<>();
        hosts.forEach((name, patterns) ->
                deploy.put(name, patterns.stream().map(HostPattern::of).toList()));
        return new HostPatterns(
                deploy,
                notApps.stream().map(HostPattern::of).toList(),
                temporaryHosts.stream().map(HostPattern::of).toList(),
                placeholders);
    }

    /** One glob of the vocabulary: without a slash it matches the host, with one the host and path. */
    record HostPattern(Glob glob, boolean withPath) {
        static HostPattern of(String pattern) {
            return new HostPattern(Glob.of(pattern), pattern.contains("/"));
        }

        boolean matches(String host, String hostAndPath) {
            return glob.matches(withPath ? hostAndPath : host);
        }
    }

    /** The compiled vocabulary. */
    record HostPatterns(
            Map<String, List<HostPattern>> deploy,
            List<HostPattern> notApps,
            List<HostPattern> temporary,
            List<RulePattern> placeholders) {

        /** The deploy host a URL is on, by its host and path. */
        Optional<String> deployHost(String host, String hostAndPath) {
            for (Map.Entry<String, List<HostPattern>> entry : deploy.entrySet()) {
                if (entry.getValue().stream().anyMatch(pattern -> pattern.matches(host, hostAndPath))) {
                    return Optional.of(entry.getKey());
                }
            }
            return Optional.empty();
        }

        boolean notAnApp(String host) {
            return notApps.stream().anyMatch(pattern -> pattern.matches(host, host));
        }

        boolean temporary(String host) {
            return temporary.stream().anyMatch(pattern -> pattern.matches(host, host));
        }

        boolean placeholder(String url) {
            return placeholders.stream().anyMatch(p -> p.matcher(url).find());
        }
    }
}
