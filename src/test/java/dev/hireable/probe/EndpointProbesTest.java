package dev.hireable.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.testing.TestSignals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointProbesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final EndpointProbes probes = new EndpointProbes(
            RuleCatalog.builtIn(),
            new ProbeSettings(Duration.ofSeconds(5), 3, 1024, "9.9.9"),
            new ProbeFixtures.FakeDns(Map.of("churn.onrender.test", "127.0.0.1")),
            AddressPolicy.strict().alsoAllowing(ProbeFixtures.loopback()));

    private static RepoAssessment withLiveUrls(String... urls) {
        return new RepoAssessment(
                RepoMetadata.named("o/churn"),
                TestSignals.none()
                        .endpoint(List.of("fastapi"), List.of(urls), List.of(), true)
                        .build(),
                List.of());
    }

    @Test
    void everyLiveUrlBecomesAFindingWithStatusAndLatencyAsEvidence() {
        server.stubFor(get("/docs").willReturn(aResponse().withStatus(200).withBody("<div id=\"swagger-ui\"></div>")));
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
        String live = "http://churn.onrender.test:" + server.getPort() + "/docs";
        String dead = "http://churn.onrender.test:" + server.getPort() + "/gone";

        EndpointProbes.Probed probed = probes.probe(withLiveUrls(live, dead, "http://192.168.0.10/", live));

        assertThat(probed.results())
                .extracting(ProbeResult::verdict)
                .containsExactly(ProbeResult.Verdict.LIVE, ProbeResult.Verdict.DEAD, ProbeResult.Verdict.REFUSED);
        List<Finding> findings = probed.findings();
        assertThat(findings).extracting(Finding::rule).containsOnly("probe.endpoint");
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.UNKNOWN);
        assertThat(findings.get(0).message())
                .matches("\\Q" + live + "\\E answered 200 in \\d+ ms \\(a FastAPI service \\(OpenAPI docs\\)\\)\\.");
        assertThat(findings.get(0).evidence().get(0).url()).contains(live);
        assertThat(findings.get(0).evidence().get(0).snippet().orElseThrow()).matches("HTTP 200, \\d+ ms");
        assertThat(findings.get(1).message()).isEqualTo(dead + " did not answer as a live deployment: HTTP 404.");
        assertThat(findings.get(1).remediation()).isPresent();
        assertThat(findings.get(2).message())
                .isEqualTo("http://192.168.0.10/ was not probed: 192.168.0.10 is a private address.");
    }

    @Test
    void repositoryWithoutLiveUrlsIsNotProbed() {
        assertThat(probes.probe(withLiveUrls()).results()).isEmpty();
    }

    @Test
    void anEndpointThatAnsweredVerifiesTheDeployment() {
        String url = "https://o-sentiment.hf.space";
        SignalSet probed =
                EndpointProbes.inLightOf(withLiveUrls(url).signals(), List.of(result(url, ProbeResult.Verdict.LIVE)));

        assertThat(probed.flag("probe.verified")).isTrue();
        assertThat(probed.flag("endpoint.deployed")).isTrue();
    }

    @Test
    void aDeploymentShownOnlyByDeadUrlsNoLongerStands() {
        String url = "https://o-sentiment.hf.space";
        SignalSet probed =
                EndpointProbes.inLightOf(withLiveUrls(url).signals(), List.of(result(url, ProbeResult.Verdict.DEAD)));

        assertThat(probed.flag("endpoint.deployed")).isFalse();
        assertThat(probed.flag("probe.verified")).isFalse();
        assertThat(probed.names("endpoint.live_urls")).containsExactly(url);
    }

    @Test
    void aDeadUrlDoesNotEraseADeployConfigAndARefusedOneProvesNothing() {
        String dead = "https://churn.onrender.com";
        SignalSet withConfig = TestSignals.none()
                .endpoint(List.of("fastapi"), List.of(dead), List.of("render.yaml"), true)
                .build();
        String refused = "http://10.0.0.1/";

        assertThat(EndpointProbes.inLightOf(withConfig, List.of(result(dead, ProbeResult.Verdict.DEAD)))
                        .flag("endpoint.deployed"))
                .isTrue();
        assertThat(EndpointProbes.inLightOf(
                                withLiveUrls(refused).signals(), List.of(result(refused, ProbeResult.Verdict.REFUSED)))
                        .flag("endpoint.deployed"))
                .isTrue();
    }

    private static ProbeResult result(String url, ProbeResult.Verdict verdict) {
        return new ProbeResult(
                url,
                verdict,
                Optional.of(verdict == ProbeResult.Verdict.LIVE ? 200 : 404),
                80,
                List.of(),
                Optional.empty(),
                "HTTP",
                0);
    }
}
