package dev.hireable.probe;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalValue;
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
    static final String VERIFIED = "probe.verified";
    private static final String LIVE_URLS = "endpoint.live_urls";
    private static final String DEPLOY_CONFIGS = "endpoint.deploy_configs";
    private static final String DEPLOYED = "endpoint.deployed";

    private final RuleBook<ProbeVocabulary> book;
    private final EndpointProbe probe;

    public EndpointProbes(RuleCatalog catalog, ProbeSettings settings, HostResolver resolver, AddressPolicy policy) {
        this.book = catalog.book("probe.yaml", ProbeVocabulary.class, List.of(RULE));
        this.probe = new EndpointProbe(book.vocabulary(), settings, resolver, policy);
    }

    static ProbeVocabulary vocabulary(RuleCatalog catalog) {
        return catalog.book("probe.yaml", ProbeVocabulary.class, List.of(RULE)).vocabulary();
    }

    /** The probes of one repository, the findings that record them, and the repository's signals in their light. */
    public record Probed(List<ProbeResult> results, List<Finding> findings, SignalSet signals) {
        public Probed {
            results = List.copyOf(results);
            findings = List.copyOf(findings);
        }
    }

    /** Probes the repository's live URLs, at most {@code max_urls_per_repo} of them, in the order found. */
    public Probed probe(RepoAssessment assessment) {
        List<ProbeResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        SignalSet signals = assessment.signals();
        List<String> urls = signals.names(LIVE_URLS);
        urls.stream().distinct().limit(book.vocabulary().maxUrlsPerRepo()).forEach(url -> {
            ProbeResult result = probe.probe(url);
            results.add(result);
            findings.add(finding(result));
        });
        return new Probed(results, findings, inLightOf(signals, results));
    }

    /**
     * The signals once the probes are known: {@code probe.verified} when an endpoint answered; a deployment shown
     * only by live URLs that all proved dead no longer stands (a refused URL proves nothing, a deploy config stays).
     */
    static SignalSet inLightOf(SignalSet signals, List<ProbeResult> results) {
        List<String> urls = signals.names(LIVE_URLS);
        boolean verified = results.stream().anyMatch(ProbeResult::live);
        boolean urlStands = urls.stream()
                .anyMatch(url -> results.stream()
                        .noneMatch(r -> r.url().equals(url) && r.verdict() == ProbeResult.Verdict.DEAD));
        boolean deployed = signals.flag(DEPLOYED) && (urlStands || signals.holds(DEPLOY_CONFIGS) || urls.isEmpty());
        return signals.with(VERIFIED, SignalValue.Flag.of(verified)).with(DEPLOYED, SignalValue.Flag.of(deployed));
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
        return book.finding(
                RULE,
                outcome,
                List.of(evidence),
                Map.of(
                        "url", result.url(),
                        "status", result.status().map(String::valueOf).orElse("nothing"),
                        "latency", String.valueOf(result.latencyMillis()),
                        "recognised",
                                result.recognised().map(r -> " (" + r + ")").orElse(""),
                        "detail", result.detail()));
    }
}
