package dev.hireable.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Every answer of the API, read whole below the HTTP cache: one larger than the limit is dropped at once (by its
 * length when it says, else as soon as it passes the limit, decompressed), so no answer can exhaust memory; and the
 * token is taken out of its body and headers before the client library, the report or the on-disk cache see it.
 */
final class ApiBodyGuard implements Interceptor {

    private final ApiServer server;
    private final long limit;
    private final Redactor redactor;

    ApiBodyGuard(ApiServer server, long limit, Redactor redactor) {
        this.server = server;
        this.limit = limit;
        this.redactor = redactor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (!server.isApi(response.request().url())) {
            return response;
        }
        ResponseBody body = response.body();
        if (body.contentLength() > limit) {
            response.close();
            throw new OversizedResponseException(limit);
        }
        boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
        MediaType type = body.contentType();
        byte[] bytes;
        try (InputStream raw = body.byteStream();
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw new OversizedResponseException(limit);
        }
        Headers.Builder headers = new Headers.Builder();
        for (int i = 0; i < response.headers().size(); i++) {
            String name = response.headers().name(i);
            boolean encoding =
                    gzip && (name.equalsIgnoreCase("Content-Encoding") || name.equalsIgnoreCase("Content-Length"));
            if (!encoding) {
                headers.addUnsafeNonAscii(
                        name, redactor.redact(response.headers().value(i)));
            }
        }
        return response.newBuilder()
                .headers(headers.build())
                .body(ResponseBody.create(redactor.redact(bytes), type))
                .build();
    }
}
