package dev.hireable.probe;

import java.util.List;
import java.util.Optional;

/**
 * What probing one URL found.
 *
 * @param status        the HTTP status of the last response, if any came
 * @param latencyMillis from the first request to the last response's headers
 * @param redirects     the URLs redirected to, in order
 * @param recognised    what the endpoint was recognised as, e.g. "a FastAPI service (OpenAPI docs)"
 * @param detail        one phrase saying what happened, e.g. "HTTP 404" or "no answer within 5 s"
 * @param bytesRead     body bytes read (never more than the limit)
 */
public record ProbeResult(
        String url,
        Verdict verdict,
        Optional<Integer> status,
        long latencyMillis,
        List<String> redirects,
        Optional<String> recognised,
        String detail,
        long bytesRead) {

    public ProbeResult {
        redirects = List.copyOf(redirects);
    }

    public enum Verdict {
        /** The endpoint answered like a running deployment. */
        LIVE,
        /** It answered with an error, answered nothing in time, or could not be reached. */
        DEAD,
        /** It was not contacted: the address is not one a probe may reach. */
        REFUSED
    }

    public boolean live() {
        return verdict == Verdict.LIVE;
    }
}
