package dev.hireable.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An http(s) URL split the way the probe needs it. The host is taken from the raw authority, not from
 * {@link URI#getHost()}, which gives up on hosts such as {@code 2130706433} that a browser would still contact.
 *
 * @param host the host as written (brackets kept for IPv6), lower case
 */
record ProbeUrl(URI uri, String scheme, String host, int port, String pathAndQuery) {

    static Optional<ProbeUrl> parse(String text) {
        try {
            return of(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static Optional<ProbeUrl> of(URI uri) {
        String scheme = Optional.ofNullable(uri.getScheme())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .orElse("");
        String authority = uri.getRawAuthority();
        if (!(scheme.equals("http") || scheme.equals("https")) || authority == null || authority.isEmpty()) {
            return Optional.empty();
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String portText = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostPort.substring(0, close + 1);
            portText = hostPort.substring(close + 1).replaceFirst("^:", "");
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? "" : hostPort.substring(colon + 1);
        }
        int port = scheme.equals("https") ? 443 : 80;
        if (!portText.isEmpty()) {
            if (!portText.matches("[0-9]{1,5}")
                    || Integer.parseInt(portText) == 0
                    || Integer.parseInt(portText) > 65535) {
                return Optional.empty();
            }
            port = Integer.parseInt(portText);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return Optional.of(new ProbeUrl(uri, scheme, host.toLowerCase(Locale.ROOT), port, path + query));
    }

    /** The host without IPv6 brackets, as it is resolved and checked. */
    String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The Host header: the port only when it is not the scheme's default. */
    String hostHeader() {
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return defaultPort ? host : host + ":" + port;
    }

    /** A redirect target, resolved against this URL. */
    Optional<ProbeUrl> resolve(String location) {
        try {
            return of(uri.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The same origin with another path, e.g. /openapi.json. */
    Optional<ProbeUrl> withPath(String path) {
        try {
            return of(new URI(scheme, uri.getRawAuthority(), path, null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
