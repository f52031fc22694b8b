package dev.hireable.probe;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses a probe may connect to. Probing a URL from a candidate's README must never reach the machine
 * running hireable, its network or a cloud metadata service, so loopback, private, link-local, shared (CGNAT),
 * multicast, unspecified, documentation and reserved ranges are refused, IPv4 embedded in IPv6 (mapped, compatible,
 * NAT64, 6to4, Teredo) is checked as IPv4, and metadata host names are refused before any lookup. These are address-security
 * facts from the IANA special-purpose registries, deliberately not overridable by rule packs.
 *
 * <p>{@link #allowingPrivate()} (the CLI's --allow-private-endpoints, for testing against a local server) allows
 * the private ranges but still refuses the metadata services.
 */
public final class AddressPolicy {

    private record Range(byte[] network, int prefix, String reason) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final List<Range> REFUSED = List.of(
            range("0.0.0.0", 8, "an unspecified address"),
            range("10.0.0.0", 8, "a private address"),
            range("100.64.0.0", 10, "a shared carrier-grade NAT address"),
            range("127.0.0.0", 8, "a loopback address"),
            range("169.254.0.0", 16, "a link-local address"),
            range("172.16.0.0", 12, "a private address"),
            range("192.0.0.0", 24, "an IETF protocol address"),
            range("192.0.2.0", 24, "a documentation address"),
            range("192.88.99.0", 24, "a 6to4 relay address"),
            range("192.168.0.0", 16, "a private address"),
            range("198.18.0.0", 15, "a benchmarking address"),
            range("198.51.100.0", 24, "a documentation address"),
            range("203.0.113.0", 24, "a documentation address"),
            range("224.0.0.0", 4, "a multicast address"),
            range("240.0.0.0", 4, "a reserved address"),
            range("::", 128, "an unspecified address"),
            range("::1", 128, "a loopback address"),
            range("::", 96, "an IPv4-compatible address (deprecated, never public)"),
            range("64:ff9b:1::", 48, "a local-use NAT64 address"),
            range("100::", 64, "a discard-only address"),
            range("2001::", 32, "a Teredo tunnel address"),
            range("2001:db8::", 32, "a documentation address"),
            range("fc00::", 7, "a unique-local (private) address"),
            range("fe80::", 10, "a link-local address"),
            range("fec0::", 10, "a site-local address"),
            range("ff00::", 8, "a multicast address"));

    private static final List<Range> METADATA = List.of(
            range("169.254.169.254", 32, "a cloud metadata service"),
            range("169.254.170.2", 32, "a cloud metadata service"),
            range("100.100.100.200", 32, "a cloud metadata service"),
            range("192.0.0.192", 32, "a cloud metadata service"),
            range("fd00:ec2::254", 128, "a cloud metadata service"));

    private static final Range NAT64 = range("64:ff9b::", 96, "a NAT64 address");
    private static final Range LOCAL_NAT64 = range("64:ff9b:1::", 48, "a local-use NAT64 address");
    private static final Range SIX_TO_FOUR = range("2002::", 16, "a 6to4 address");
    private static final Range TEREDO = range("2001::", 32, "a Teredo tunnel address");

    private static final Set<String> METADATA_HOSTS = Set.of(
            "metadata.google.internal",
            "metadata.goog",
            "metadata",
            "instance-data",
            "instance-data.ec2.internal",
            "metadata.azure.internal");

    private final boolean allowPrivate;
    private final Set<InetAddress> alsoAllowed;

    private AddressPolicy(boolean allowPrivate, Set<InetAddress> alsoAllowed) {
        this.allowPrivate = allowPrivate;
        this.alsoAllowed = Set.copyOf(alsoAllowed);
    }

    /** Public addresses only. */
    public static AddressPolicy strict() {
        return new AddressPolicy(false, Set.of());
    }

    /** Private and loopback addresses too (never metadata services). */
    public static AddressPolicy allowingPrivate() {
        return new AddressPolicy(true, Set.of());
    }

    /** This policy, and also exactly {@code address} (e.g. a test server standing in for a public host). */
    public AddressPolicy alsoAllowing(InetAddress address) {
        java.util.HashSet<InetAddress> allowed = new java.util.HashSet<>(alsoAllowed);
        allowed.add(address);
        return new AddressPolicy(allowPrivate, allowed);
    }

    /** Why a host name is refused before it is looked up, if it is. */
    public Optional<String> refuseName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_HOSTS.contains(name)) {
            return Optional.of(host + " is a cloud metadata service");
        }
        if (!allowPrivate && (name.equals("localhost") || name.endsWith(".localhost"))) {
            return Optional.of(host + " is this machine");
        }
        return Optional.empty();
    }

    /** Why an address is refused, if it is, in one phrase such as "127.0.0.1 is a loopback address". */
    public Optional<String> refuse(InetAddress address) {
        byte[] bytes = address.getAddress();
        List<InetAddress> embedded = embeddedIpv4(address);
        // metadata services first, in every mode and every spelling: a private-address allowance never covers them
        Optional<String> metadata = match(METADATA, bytes)
                .map(reason -> address.getHostAddress() + " is " + reason)
                .or(() -> firstEmbedded(address, embedded, METADATA));
        if (metadata.isPresent()) {
            return metadata;
        }
        if (alsoAllowed.contains(address) || allowPrivate) {
            return Optional.empty();
        }
        Optional<String> refused = match(REFUSED, bytes);
        if (refused.isPresent()) {
            return refused.map(reason -> address.getHostAddress() + " is " + reason);
        }
        return firstEmbedded(address, embedded, REFUSED);
    }

    private static Optional<String> firstEmbedded(InetAddress address, List<InetAddress> embedded, List<Range> ranges) {
        for (InetAddress v4 : embedded) {
            Optional<String> reason = match(ranges, v4.getAddress());
            if (reason.isPresent()) {
                return Optional.of(address.getHostAddress() + " embeds " + v4.getHostAddress() + ", " + reason.get());
            }
        }
        return Optional.empty();
    }

    /**
     * IPv4 carried inside IPv6: mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96 and the
     * local-use 64:ff9b:1::/48, address last), 6to4 (2002:AABB:CCDD::/48) and Teredo (2001:0::/32: the server's
     * address, and the client's with its bits flipped).
     */
    private static List<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return List.of();
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeroPrefix && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        if (mapped || compatible || NAT64.contains(b) || LOCAL_NAT64.contains(b)) {
            return List.of(ipv4(Arrays.copyOfRange(b, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(b)) {
            return List.of(ipv4(Arrays.copyOfRange(b, 2, 6)));
        }
        if (TEREDO.contains(b)) {
            byte[] client = Arrays.copyOfRange(b, 12, 16);
            for (int i = 0; i < client.length; i++) {
                client[i] = (byte) ~client[i];
            }
            return List.of(ipv4(Arrays.copyOfRange(b, 4, 8)), ipv4(client));
        }
        return List.of();
    }

    private static Optional<String> match(List<Range> ranges, byte[] bytes) {
        return ranges.stream().filter(r -> r.contains(bytes)).map(Range::reason).findFirst();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String literal, int prefix, String reason) {
        try {
            return new Range(InetAddress.getByName(literal).getAddress(), prefix, reason);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad literal " + literal, e);
        }
    }
}
