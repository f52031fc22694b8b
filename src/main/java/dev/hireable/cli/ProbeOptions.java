package dev.hireable.cli;

import dev.hireable.probe.AddressPolicy;
import dev.hireable.probe.EndpointProbes;
import dev.hireable.probe.HostResolver;
import dev.hireable.probe.ProbeSettings;
import dev.hireable.rules.catalog.RuleCatalog;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --probe-endpoints and --allow-private-endpoints: whether live URLs are checked, and which addresses may be. */
public final class ProbeOptions {

    @Option(
            names = "--probe-endpoints",
            description =
                    "Check that each live URL a project shows (a deployed API, a Hugging Face Space) answers: one "
                            + "GET each, 5 s timeout, at most 3 redirects, at most 256 KB read. An answer verifies the deployment; "
                            + "a dead URL is reported but never erases deploy configs. Loopback, private, link-local and cloud "
                            + "metadata addresses are refused, however spelled. Off by default: nothing leaves the machine.")
    boolean probe;

    @Option(
            names = "--allow-private-endpoints",
            description =
                    "With --probe-endpoints, also probe loopback and private addresses (e.g. a local test server). "
                            + "Cloud metadata addresses stay refused.")
    boolean allowPrivate;

    /** The probes to run, if asked for. */
    Optional<EndpointProbes> probes(RuleCatalog catalog, String version) {
        if (allowPrivate && !probe) {
            throw new UsageException("--allow-private-endpoints only applies together with --probe-endpoints.");
        }
        if (!probe) {
            return Optional.empty();
        }
        AddressPolicy policy = allowPrivate ? AddressPolicy.allowingPrivate() : AddressPolicy.strict();
        return Optional.of(new EndpointProbes(catalog, ProbeSettings.defaults(version), HostResolver.system(), policy));
    }
}
