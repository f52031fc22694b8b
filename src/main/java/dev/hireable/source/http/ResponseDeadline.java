package dev.hireable.source.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Bounds one attempt of a request as a whole: its answer must arrive, body included, within the timeout. The read
 * timeout alone lets a server that sends a byte every second hold a call for ever.
 */
final class ResponseDeadline implements Interceptor {

    private final Duration timeout;

    ResponseDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        BufferedSource source = body.source();
        // wakes a read that is blocked when the deadline passes; the check below catches reads that keep trickling
        source.timeout().deadlineNanoTime(deadline);
        BufferedSource bounded = Okio.buffer(new ForwardingSource(source) {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (System.nanoTime() - deadline > 0) {
                    throw new SocketTimeoutException("timeout: the answer took longer than "
                            + TimeUnit.NANOSECONDS.toMillis(timeout.toNanos()) + " ms");
                }
                return super.read(sink, byteCount);
            }
        });
        return response.newBuilder()
                .body(new Bounded(body.contentType(), body.contentLength(), bounded))
                .build();
    }

    private static final class Bounded extends ResponseBody {
        private final MediaType type;
        private final long length;
        private final BufferedSource source;

        Bounded(MediaType type, long length, BufferedSource source) {
            this.type = type;
            this.length = length;
            this.source = source;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public BufferedSource source() {
            return source;
        }
    }
}
