package dev.hireable.probe;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Probes the live URLs of a repository (--probe-endpoints) and records each answer as a {@code probe.endpoint}
 * finding with the status and latency as evidence. The only part of hireable besides the GitHub source that touches
 * the network; the standard receives the results as data.
 */
public final class EndpointProbes {

    static final String RULE = "probe.endpoint";

    private final RuleBook<ProbeVocabulary> book;
    private final EndpointProbe probe;

    public EndpointProbes(RuleCatalog catalog, ProbeSettings settings, HostResolver resolver, AddressPolicy policy) {
        this.book = catalog.book("probe.yaml", ProbeVocabulary.class, List.of(RULE));
        this.probe = new EndpointProbe(book.vocabulary(), settings, resolver, policy);
    }

    static ProbeVocabulary vocabulary(RuleCatalog catalog) {
        return catalog.book("probe.yaml", ProbeVocabulary.class, List.of(RULE)).vocabulary();
    }

    /** The probes of one repository and the findings that record them. */
    public record Probed(List<ProbeResult> results, List<Finding> findings) {
        public Probed {
            results = List.copyOf(results);
            findings = List.copyOf(findings);
        }
    }

    /** Probes the repository's live URLs, at most {@code max_urls_per_repo} of them, in the order found. */
    public Probed probe(RepoAssessment assessment) {
        List<ProbeResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        assessment.signals().endpoint().liveUrls().stream().distinct().limit(book.vocabulary().maxUrlsPerRepo())
                .forEach(url -> {
                    ProbeResult result = probe.probe(url);
                    results.add(result);
                    findings.add(finding(result));
                });
        return new Probed(results, findings);
    }

    Finding finding(ProbeResult result) {
        Outcome outcome = switch (result.verdict()) {
            case LIVE -> Outcome.PASS;
            case DEAD -> Outcome.FAIL;
            case REFUSED -> Outcome.UNKNOWN;
        };
        String snippet = result.status().map(s -> "HTTP " + s + ", ").orElse("") + result.latencyMillis() + " ms"
                + (result.redirects().isEmpty() ? "" : ", via " + String.join(" → ", result.redirects()));
        Evidence evidence = new Evidence(Optional.empty(), 0, Optional.of(snippet), Optional.of(result.url()), false);
        return book.finding(RULE, outcome, List.of(evidence), Map.of(
                "url", result.url(),
                "status", result.status().map(String::valueOf).orElse("nothing"),
                "latency", String.valueOf(result.latencyMillis()),
                "recognised", result.recognised().map(r -> " (" + r + ")").orElse(""),
                "detail", result.detail()));
    }
}
