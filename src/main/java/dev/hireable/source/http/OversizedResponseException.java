package dev.hireable.source.http;

import java.io.IOException;

/** A server sent more than hireable reads of one answer; the answer was dropped, not kept in memory. */
public final class OversizedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    OversizedResponseException(long limit) {
        super("the answer is larger than " + megabytes(limit));
        this.limit = limit;
    }

    /** The limit, as "32 MB". */
    public String limitText() {
        return megabytes(limit);
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
