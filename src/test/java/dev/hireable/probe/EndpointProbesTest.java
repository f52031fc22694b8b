package dev.hireable.probe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hireable.rules.ArchetypeSignal;
import dev.hireable.rules.DockerfileSignal;
import dev.hireable.rules.EndpointSignal;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.ReadmeSignal;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.Signals;
import dev.hireable.rules.TrackingSignal;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.RepoMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class EndpointProbesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final EndpointProbes probes = new EndpointProbes(RuleCatalog.builtIn(),
            new ProbeSettings(Duration.ofSeconds(5), 3, 1024, "9.9.9"),
            new ProbeFixtures.FakeDns(Map.of("churn.onrender.test", "127.0.0.1")),
            AddressPolicy.strict().alsoAllowing(ProbeFixtures.loopback()));

    private static RepoAssessment withLiveUrls(String... urls) {
        Signals signals = new Signals(ReadmeSignal.none(), new DockerfileSignal(List.of()), TrackingSignal.none(),
                new EndpointSignal(List.of("fastapi"), List.of(urls), List.of(), true), false, false, List.of(), false,
                false, false, false, Optional.empty());
        return new RepoAssessment(RepoMetadata.named("o/churn"), signals, ArchetypeSignal.other(), List.of());
    }

    @Test
    void everyLiveUrlBecomesAFindingWithStatusAndLatencyAsEvidence() {
        server.stubFor(get("/docs").willReturn(aResponse().withStatus(200).withBody("<div id=\"swagger-ui\"></div>")));
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
        String live = "http://churn.onrender.test:" + server.getPort() + "/docs";
        String dead = "http://churn.onrender.test:" + server.getPort() + "/gone";

        EndpointProbes.Probed probed = probes.probe(withLiveUrls(live, dead, "http://192.168.0.10/", live));

        assertThat(probed.results()).extracting(ProbeResult::verdict).containsExactly(
                ProbeResult.Verdict.LIVE, ProbeResult.Verdict.DEAD, ProbeResult.Verdict.REFUSED);
        List<Finding> findings = probed.findings();
        assertThat(findings).extracting(Finding::rule).containsOnly("probe.endpoint");
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
        assertThat(findings.get(0).message()).matches("\\Q" + live + "\\E answered 200 in \\d+ ms \\(a FastAPI service \\(OpenAPI docs\\)\\)\\.");
        assertThat(findings.get(0).evidence().get(0).url()).contains(live);
        assertThat(findings.get(0).evidence().get(0).snippet().orElseThrow()).matches("HTTP 200, \\d+ ms");
        assertThat(findings.get(1).message()).isEqualTo(dead + " did not answer as a live deployment: HTTP 404.");
        assertThat(findings.get(1).remediation()).isPresent();
        assertThat(findings.get(2).message()).isEqualTo("http://192.168.0.10/ was not probed: 192.168.0.10 is a private address.");
    }

    @Test
    void repositoryWithoutLiveUrlsIsNotProbed() {
        assertThat(probes.probe(withLiveUrls()).results()).isEmpty();
    }
}
