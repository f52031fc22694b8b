package dev.hireable.probe;

import dev.hireable.rules.catalog.RuleCatalog;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What probe tests share: the built-in vocabulary and a resolver that never touches real DNS. */
final class ProbeFixtures {

    private ProbeFixtures() {}

    static ProbeVocabulary vocabulary() {
        return EndpointProbes.vocabulary(RuleCatalog.builtIn());
    }

    /** Resolves only the names it is given, and records every lookup. */
    static final class FakeDns implements HostResolver {
        private final Map<String, String> names;
        final List<String> lookups = new ArrayList<>();

        FakeDns(Map<String, String> names) {
            this.names = Map.copyOf(names);
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            lookups.add(host);
            String address = names.get(host);
            if (address == null) {
                throw new UnknownHostException(host + ": no such host (fake DNS)");
            }
            return List.of(InetAddress.getByName(address));
        }
    }

    static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
