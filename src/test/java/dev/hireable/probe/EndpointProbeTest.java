package dev.hireable.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointProbeTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Public-looking names that the fake DNS points at the WireMock server. */
    private final ProbeFixtures.FakeDns dns = new ProbeFixtures.FakeDns(Map.of(
            "churn-api.onrender.test", "127.0.0.1",
            "owner-sentiment.hf.space", "127.0.0.1"));

    /** Strict, except that the test server stands in for a public host. */
    private EndpointProbe probe(Duration timeout) {
        return new EndpointProbe(
                ProbeFixtures.vocabulary(),
                new ProbeSettings(timeout, 3, 256 * 1024, "9.9.9"),
                dns,
                AddressPolicy.strict().alsoAllowing(ProbeFixtures.loopback()));
    }

    private EndpointProbe probe() {
        return probe(Duration.ofSeconds(5));
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + server.getPort() + path;
    }

    @Test
    void endpointAnswering200IsLiveWithStatusAndLatency() {
        server.stubFor(get("/docs")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("<html><script>const ui = SwaggerUIBundle({url: '/openapi.json'})</script></html>")));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/docs"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
        assertThat(result.status()).contains(200);
        assertThat(result.latencyMillis()).isNotNegative();
        assertThat(result.recognised()).contains("a FastAPI service (OpenAPI docs)");
        server.verify(getRequestedFor(urlEqualTo("/docs"))
                .withHeader("User-Agent", matching("hireable/9\\.9\\.9 \\(ML portfolio audit; .+\\)")));
    }

    @Test
    void fastApiIsRecognisedByItsOpenApiDocumentWhenTheRootSaysLittle() {
        server.stubFor(get("/").willReturn(aResponse().withStatus(200).withBody("{\"message\": \"churn model up\"}")));
        server.stubFor(get("/openapi.json")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"FastAPI\"}}")));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
        assertThat(result.recognised()).contains("a FastAPI service (OpenAPI docs)");
    }

    @Test
    void huggingFaceSpaceIsRecognisedByItsHost() {
        server.stubFor(get("/").willReturn(aResponse().withStatus(200).withBody("<html>gradio</html>")));

        ProbeResult result = probe().probe(url("owner-sentiment.hf.space", "/"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
        assertThat(result.recognised()).contains("a Hugging Face Space");
    }

    @Test
    void spacePageThatSaysTheAppCrashedIsDead() {
        server.stubFor(get("/").willReturn(aResponse()
                .withStatus(200)
                .withBody("<div data-props='{\"stage\":\"RUNTIME_ERROR\"}'></div>")));

        ProbeResult result = probe().probe(url("owner-sentiment.hf.space", "/"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.detail()).contains("not running");
    }

    @Test
    void endpointAnswering404IsDead() {
        server.stubFor(get("/predict").willReturn(aResponse().withStatus(404)));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/predict"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.status()).contains(404);
        assertThat(result.detail()).isEqualTo("HTTP 404");
    }

    @Test
    void postOnlyEndpointAnswering405IsLive() {
        server.stubFor(get("/predict").willReturn(aResponse().withStatus(405)));

        assertThat(probe().probe(url("churn-api.onrender.test", "/predict")).verdict())
                .isEqualTo(ProbeResult.Verdict.LIVE);
    }

    @Test
    void endpointSlowerThanTheTimeoutIsDead() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        ProbeResult result = probe(Duration.ofMillis(300)).probe(url("churn-api.onrender.test", "/slow"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.detail()).isEqualTo("no answer within 300 ms");
    }

    @Test
    void redirectLoopIsDetectedAndDead() {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/a"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.detail()).contains("loop");
        server.verify(1, getRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void atMostThreeRedirectsAreFollowed() {
        for (int hop = 1; hop <= 5; hop++) {
            server.stubFor(
                    get("/r" + hop).willReturn(aResponse().withStatus(301).withHeader("Location", "/r" + (hop + 1))));
        }

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/r1"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.detail()).isEqualTo("more than 3 redirects");
        server.verify(4, getRequestedFor(urlMatching("/r[0-9]")));
    }

    @Test
    void redirectsWithinTheLimitAreFollowedToTheAnswer() {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        server.stubFor(get("/new").willReturn(aResponse().withStatus(200).withBody("ok")));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/old"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
        assertThat(result.redirects()).containsExactly(url("churn-api.onrender.test", "/new"));
    }

    @Test
    void redirectToAPrivateAddressIsRefusedBeforeItIsFollowed() {
        server.stubFor(get("/go")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://169.254.169.254/latest/meta-data/iam/")));
        server.stubFor(get("/inside")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://0x0a.0.0.1:" + server.getPort() + "/admin")));

        ProbeResult metadata = probe().probe(url("churn-api.onrender.test", "/go"));
        ProbeResult privateNet = probe().probe(url("churn-api.onrender.test", "/inside"));

        assertThat(metadata.verdict()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(metadata.detail()).contains("metadata");
        assertThat(privateNet.verdict()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(privateNet.detail()).contains("10.0.0.1 is a private address");
    }

    @Test
    void readStopsAtTheByteLimit() {
        server.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("x".repeat(1_000_000))));

        ProbeResult result = probe().probe(url("churn-api.onrender.test", "/big"));

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
        assertThat(result.bytesRead()).isEqualTo(256 * 1024);
    }

    @Test
    void unknownHostIsDeadNotRefused() {
        ProbeResult result = probe().probe("http://gone.example.test/");

        assertThat(result.verdict()).isEqualTo(ProbeResult.Verdict.DEAD);
        assertThat(result.detail()).contains("could not connect");
    }

    @Test
    void localServerIsRefusedUnlessPrivateEndpointsAreAllowed() {
        server.stubFor(get("/").willReturn(aResponse().withStatus(200).withBody("ok")));
        String local = "http://127.0.0.1:" + server.getPort() + "/";
        ProbeSettings settings = new ProbeSettings(Duration.ofSeconds(5), 3, 1024, "9.9.9");

        ProbeResult strict =
                new EndpointProbe(ProbeFixtures.vocabulary(), settings, dns, AddressPolicy.strict()).probe(local);
        ProbeResult allowed = new EndpointProbe(
                        ProbeFixtures.vocabulary(), settings, dns, AddressPolicy.allowingPrivate())
                .probe(local);

        assertThat(strict.verdict()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(allowed.verdict()).isEqualTo(ProbeResult.Verdict.LIVE);
    }
}
