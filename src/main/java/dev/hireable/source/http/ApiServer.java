package dev.hireable.source.http;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * What the generic HTTP pieces need to know about one forge's servers: which requests go to its rate-limited API
 * (they carry the token, and a 403 or 429 there may mean "slow down"), and how it says a limit is spent.
 */
public interface ApiServer {

    /** How a refused API request reads. */
    enum Throttling {
        /** The hourly budget is spent; it resets at a known time. */
        PRIMARY,
        /** The server asks to slow down for a while (Retry-After, or its own words). */
        SECONDARY,
        /** Not a rate limit: a plain refusal. */
        NONE
    }

    /** The name users know the server by, for messages: "GitHub". */
    String name();

    /** True for requests the API rate limit covers, which therefore carry the token. */
    boolean isApi(HttpUrl url);

    /** What a 403 or 429 from the API means; may peek at the body. */
    Throttling throttling(Response response) throws IOException;

    /** When a spent limit resets, when the response says so. */
    Optional<Instant> resetsAt(Response response);
}
