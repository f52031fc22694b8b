package dev.hireable.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a URL host that is an address in any spelling a browser or curl would accept: dotted IPv4 with 1 to 4 parts
 * in decimal, octal ({@code 0177.0.0.1}) or hex ({@code 0x7f.1}), a single number ({@code 2130706433}), or a
 * bracketed IPv6 literal. Reading them ourselves closes the gap between what we check and what a client connects to.
 */
final class HostLiteral {

    private static final Pattern NUMERIC_PART = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");

    private HostLiteral() {}

    /** What a host that looks like an address means. */
    sealed interface Reading {}

    /** The host is a name, to be resolved. */
    record Name(String host) implements Reading {}

    /** The host is an address. */
    record Address(InetAddress address) implements Reading {}

    /** The host looks like an address but is not a valid one: never resolved, never connected to. */
    record Malformed(String reason) implements Reading {}

    static Reading read(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.contains(":")) {
            return ipv6(host);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String[] parts = host.split("\\.", -1);
        if (!NUMERIC_PART.matcher(parts[parts.length - 1]).matches()) {
            return new Name(host);
        }
        return ipv4(parts)
                .<Reading>map(Address::new)
                .orElseGet(
                        () -> new Malformed("'" + rawHost + "' looks like a numeric address but is not a valid one"));
    }

    private static Reading ipv6(String host) {
        if (!host.matches("[0-9a-f:.%a-z]+")) {
            return new Malformed("'" + host + "' is not a valid IPv6 address");
        }
        try {
            // a literal with a colon is parsed, never looked up
            return new Address(InetAddress.getByName(host.contains("%") ? host.substring(0, host.indexOf('%')) : host));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new Malformed("'" + host + "' is not a valid IPv6 address");
        }
    }

    /** inet_aton: a.b.c.d, a.b.c (c is 16 bits), a.b (b is 24 bits), a (32 bits); each part decimal, 0octal or 0xhex. */
    private static Optional<InetAddress> ipv4(String[] parts) {
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.get();
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        long lastMax = (1L << (8 * (5 - values.length))) - 1;
        if (last > lastMax) {
            return Optional.empty();
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String part) {
        try {
            if (part.startsWith("0x")) {
                return Optional.of(part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16));
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Optional.of(Long.parseLong(part.substring(1), 8));
            }
            return part.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(part));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
