package dev.hireable.standard;

import java.util.Optional;

/**
 * What a live probe of one URL found, as the standard needs it: whether the URL answered, with the HTTP status,
 * the latency and what was recognised there (a FastAPI docs page, a Hugging Face Space).
 *
 * @param answered true when the endpoint answered like a live deployment
 * @param summary  one sentence for the reviewer, e.g. "answered 200 in 312 ms (FastAPI docs)"
 */
public record EndpointCheck(
        String url,
        boolean answered,
        Optional<Integer> status,
        long latencyMillis,
        Optional<String> recognised,
        String summary) {}
