package dev.hireable.source.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Takes the token out of anything a server sent before it is shown, reported or stored: a server that echoes the
 * credentials it received ({@code 401 Bad credentials: Bearer ghp_...}) leaks nothing. The one place that knows the
 * token's spellings.
 */
public final class Redactor {

    /** What a token is replaced with. */
    public static final String MASK = "****";

    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor for the token, if there is one; without one it changes nothing. */
    public static Redactor of(Optional<Secret> token) {
        return new Redactor(token.map(Secret::reveal)
                .map(t -> Stream.of(t, URLEncoder.encode(t, StandardCharsets.UTF_8))
                        .distinct()
                        .toList())
                .orElse(List.of()));
    }

    /** The text with every spelling of the token masked. */
    public String redact(String text) {
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }

    /** The bytes with every spelling of the token masked; the same array when there is nothing to mask. */
    byte[] redact(byte[] body) {
        byte[] clean = body;
        for (String secret : secrets) {
            clean = replace(clean, secret.getBytes(StandardCharsets.UTF_8));
        }
        return clean;
    }

    private static byte[] replace(byte[] body, byte[] secret) {
        int at = indexOf(body, secret, 0);
        if (at < 0) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int from = 0;
        while (at >= 0) {
            out.write(body, from, at - from);
            out.writeBytes(MASK_BYTES);
            from = at + secret.length;
            at = indexOf(body, secret, from);
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] body, byte[] secret, int from) {
        outer:
        for (int i = from; i <= body.length - secret.length; i++) {
            for (int j = 0; j < secret.length; j++) {
                if (body[i + j] != secret[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
