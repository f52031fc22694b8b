package dev.hireable.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET to exactly the addresses given, which the caller has already checked: no DNS of its own, no
 * proxy, no redirects, {@code Connection: close}. HTTPS verifies the certificate against the URL's host name (SNI and
 * endpoint identification), so connecting to a checked address loses nothing. Every read is bounded by the
 * deadline, and at most {@code maxBytes} of body are read.
 */
final class HttpGet {

    private static final int MAX_LINE_BYTES = 16 * 1024;

    /** The status, the headers (lower-case names, last value wins) and the first bytes of the body. */
    record Response(int status, Map<String, String> headers, byte[] body, long headersAtNanos) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        boolean redirect() {
            return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        }
    }

    private HttpGet() {}

    static Response get(ProbeUrl url, List<InetAddress> addresses, String userAgent, int maxBytes, long deadline)
            throws IOException {
        try (Socket socket = connect(url, addresses, deadline)) {
            OutputStream out = socket.getOutputStream();
            String request = "GET " + url.pathAndQuery() + " HTTP/1.1\r\n"
                    + "Host: " + url.hostHeader() + "\r\n"
                    + "User-Agent: " + userAgent + "\r\n"
                    + "Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n"
                    + "Accept-Encoding: identity\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Reader in = new Reader(socket, socket.getInputStream(), deadline);
            String statusLine = in.line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
                throw new IOException("the server did not answer HTTP");
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = in.line(); !line.isEmpty(); line = in.line()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            long headersAt = System.nanoTime();
            byte[] body = status == 204 || status == 304 || status / 100 == 1
                    ? new byte[0]
                    : "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))
                            ? in.chunked(maxBytes)
                            : in.body(maxBytes, contentLength(headers));
            return new Response(status, Map.copyOf(headers), body, headersAt);
        }
    }

    private static long contentLength(Map<String, String> headers) {
        try {
            return Long.parseLong(headers.getOrDefault("content-length", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Socket connect(ProbeUrl url, List<InetAddress> addresses, long deadline) throws IOException {
        IOException last = new IOException("no address to connect to");
        for (InetAddress address : addresses) {
            Socket plain = new Socket(java.net.Proxy.NO_PROXY);
            try {
                plain.connect(new InetSocketAddress(address, url.port()), remainingMillis(deadline));
                if (!url.scheme().equals("https")) {
                    return plain;
                }
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(plain, url.bareHost(), url.port(), true);
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (HostLiteral.read(url.bareHost()) instanceof HostLiteral.Name) {
                    parameters.setServerNames(List.of(new SNIHostName(url.bareHost())));
                }
                tls.setSSLParameters(parameters);
                tls.setSoTimeout(remainingMillis(deadline));
                tls.startHandshake();
                return tls;
            } catch (SocketTimeoutException e) {
                plain.close();
                throw e;
            } catch (IOException e) {
                plain.close();
                last = e;
            }
        }
        throw last;
    }

    static int remainingMillis(long deadline) throws SocketTimeoutException {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    /** Reads lines and bodies, with the socket timeout set to what is left before the deadline on every read. */
    private static final class Reader {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        Reader(Socket socket, InputStream in, long deadline) {
            this.socket = socket;
            this.in = in;
            this.deadline = deadline;
        }

        private int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read();
        }

        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = read(); b != '\n'; b = read()) {
                if (b < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (line.size() > MAX_LINE_BYTES) {
                    throw new IOException("the answer has a header line over " + MAX_LINE_BYTES + " bytes");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        byte[] body(int maxBytes, long length) throws IOException {
            long wanted = length < 0 ? maxBytes : Math.min(length, maxBytes);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (body.size() < wanted) {
                socket.setSoTimeout(remainingMillis(deadline));
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - body.size()));
                if (n < 0) {
                    break;
                }
                body.write(buffer, 0, n);
            }
            return body.toByteArray();
        }

        byte[] chunked(int maxBytes) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (body.size() < maxBytes) {
                String sizeLine = line().split(";", 2)[0].strip();
                long size;
                try {
                    size = Long.parseLong(sizeLine, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("the answer's chunked body is malformed");
                }
                if (size == 0) {
                    break;
                }
                byte[] chunk = body((int) Math.min(maxBytes - body.size(), size), size);
                body.write(chunk, 0, chunk.length);
                if (chunk.length < size) {
                    break;
                }
                line();
            }
            return body.toByteArray();
        }
    }
}
