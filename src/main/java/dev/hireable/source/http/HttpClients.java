package dev.hireable.source.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Cache;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The HTTP clients of one audit, built once. API requests go through an on-disk cache, so repeated GETs become
 * conditional requests (a 304 does not count against the rate limit); file downloads skip that cache but share the
 * connection pool, the retries and the counters. The token is added below the cache, for the API only. Every attempt
 * must be answered whole within the timeout; an API answer is capped in size and cleaned of the token before the
 * cache stores it; a paged listing cannot loop.
 */
public final class HttpClients implements AutoCloseable {

    private static final long HTTP_CACHE_BYTES = 64L << 20;

    private final OkHttpClient api;
    private final OkHttpClient files;
    private final Optional<Cache> cache;

    private HttpClients(OkHttpClient api, OkHttpClient files, Optional<Cache> cache) {
        this.api = api;
        this.files = files;
        this.cache = cache;
    }

    /**
     * @param interceptors application interceptors the forge adds (e.g. one that reads fields its client library
     *                     drops), run after the retries
     */
    public static HttpClients create(
            ClientSettings settings, ApiServer server, RateLimits limits, List<Interceptor> interceptors) {
        Dispatcher dispatcher = new Dispatcher();
        // file bodies of every repository in flight download at once (HTTP/2 multiplexes them on one connection)
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(Math.min(64, 12 * settings.concurrency()));
        Optional<Cache> cache =
                settings.cacheDir().map(dir -> new Cache(dir.resolve("http").toFile(), HTTP_CACHE_BYTES));
        Redactor redactor = settings.redactor();
        Consumer<String> notices = note -> settings.notices().accept(redactor.redact(note));
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .writeTimeout(settings.timeout())
                .addInterceptor(
                        new RetryInterceptor(server, settings.retry(), settings.sleeper(), settings.clock(), notices));
        interceptors.forEach(builder::addInterceptor);
        builder.addInterceptor(new PaginationGuard(server, settings.maxPages(), notices))
                .addNetworkInterceptor(
                        new ApiNetworkInterceptor(server, settings.token(), settings.userAgent(), limits))
                .addNetworkInterceptor(new ApiBodyGuard(server, settings.maxApiBody(), redactor))
                .addNetworkInterceptor(new ResponseDeadline(settings.timeout()));
        OkHttpClient withoutCache = builder.build();
        OkHttpClient api =
                cache.map(c -> withoutCache.newBuilder().cache(c).build()).orElse(withoutCache);
        return new HttpClients(api, withoutCache, cache);
    }

    /** For the forge's client library and other API calls: cached and conditional when a cache folder is set. */
    public OkHttpClient api() {
        return api;
    }

    /** For file downloads and POSTs: no HTTP cache. */
    public OkHttpClient files() {
        return files;
    }

    @Override
    public void close() {
        api.dispatcher().executorService().shutdown();
        api.connectionPool().evictAll();
        cache.ifPresent(c -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // a cache that cannot be closed cleanly is rebuilt by OkHttp next time
            }
        });
    }
}
