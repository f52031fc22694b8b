package dev.hireable.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hireable.probe.AddressPolicy;
import dev.hireable.probe.EndpointProbes;
import dev.hireable.probe.HostResolver;
import dev.hireable.probe.ProbeSettings;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Finding;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.standard.RepoEvidence;
import dev.hireable.standard.RequirementStatus;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.Tier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --probe-endpoints through the pipeline: rules find the live URL, the probe checks it, the standard weighs it. */
class ProjectAssessorProbeTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path repo;

    private final RuleCatalog catalog = RuleCatalog.builtIn();
    private final HostResolver dns = host -> {
        if (host.equals("churn-api.onrender.com")) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        throw new UnknownHostException(host);
    };

    private ScoredRepo auditWithProbes(String path, boolean withDeployConfig) throws IOException {
        Files.writeString(
                repo.resolve("README.md"),
                "# Churn API\n\nLive: http://churn-api.onrender.com:" + server.getPort() + path + "\n");
        Files.writeString(repo.resolve("app.py"), "from fastapi import FastAPI\napp = FastAPI()\n");
        if (withDeployConfig) {
            Files.writeString(repo.resolve("render.yaml"), "services:\n  - type: web\n    name: churn-api\n");
        }
        EndpointProbes probes = new EndpointProbes(
                catalog,
                new ProbeSettings(Duration.ofSeconds(5), 3, 4096, "test"),
                dns,
                AddressPolicy.strict().alsoAllowing(InetAddress.getLoopbackAddress()));
        ProjectAssessor assessor = new ProjectAssessor(new RuleEngine(catalog), catalog, Optional.of(probes));
        List<RepoEvidence> evidence =
                assessor.assess(LocalDirectorySnapshot.open(repo, "churn-api", SnapshotLimits.defaults(List.of())));
        return new PortfolioStandard(catalog).score(evidence).repos().get(0);
    }

    private static RequirementStatus deployment(ScoredRepo scored) {
        return scored.slotFits().get(Archetype.TABULAR_E2E).requirements().stream()
                .filter(r -> r.id().equals("deployment"))
                .findFirst()
                .orElseThrow();
    }

    private static Finding probeFinding(ScoredRepo scored) {
        return scored.assessment().findings().stream()
                .filter(f -> f.rule().equals("probe.endpoint"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answeringEndpointVerifiesTheDeployment() throws IOException {
        server.stubFor(get("/docs").willReturn(aResponse().withStatus(200).withBody("SwaggerUIBundle")));

        ScoredRepo scored = auditWithProbes("/docs", false);

        assertThat(scored.endpointChecks()).singleElement().satisfies(check -> {
            assertThat(check.answered()).isTrue();
            assertThat(check.status()).contains(200);
        });
        assertThat(probeFinding(scored).outcome().id()).isEqualTo("pass");
        assertThat(deployment(scored).tier()).isEqualTo(Tier.VERIFIED);
    }

    @Test
    void deadUrlIsShownButDoesNotEraseTheDeployConfig() throws IOException {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));

        ScoredRepo scored = auditWithProbes("/gone", true);

        assertThat(probeFinding(scored).outcome().id()).isEqualTo("fail");
        assertThat(scored.endpointChecks().get(0).answered()).isFalse();
        assertThat(deployment(scored).tier()).isEqualTo(Tier.PRESENT);
    }
}
