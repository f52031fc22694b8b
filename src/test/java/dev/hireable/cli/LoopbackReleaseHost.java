package dev.hireable.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web server on the loopback address standing in for GitHub's release host: {@code /OWNER/NAME/releases/download/TAG/FILE}
 * answers with a redirect to {@code /assets/...} as github.com does (to its objects host), which serves the bytes;
 * anything else is 404. It records every request path.
 */
final class LoopbackReleaseHost implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
    private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    LoopbackReleaseHost() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The server's base URL, e.g. for GITHUB_SERVER_URL. */
    String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    /** Publishes a file of a release. */
    LoopbackReleaseHost asset(String repository, String tag, String name, byte[] content) {
        assets.put("/" + repository + "/releases/download/" + tag + "/" + name, content);
        return this;
    }

    LoopbackReleaseHost asset(String repository, String tag, String name, String content) {
        return asset(repository, tag, name, content.getBytes(StandardCharsets.UTF_8));
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        try (exchange) {
            if (path.startsWith("/assets/")) {
                byte[] body = assets.get(path.substring("/assets".length()));
                if (body != null) {
                    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    return;
                }
            } else if (assets.containsKey(path)) {
                exchange.getResponseHeaders().set("Location", url() + "/assets" + path);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            byte[] notFound = "Not Found".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, notFound.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(notFound);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
