package dev.hireable.source.github;

import okhttp3.Cache;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP clients, built once per audit. API requests go through an on-disk cache, so github-api's repeated GETs
 * become conditional requests (a 304 does not count against the rate limit); raw file downloads skip that cache
 * (whole snapshots are cached instead) but share the connection pool, the retries and the counters.
 */
final class GitHubHttp implements AutoCloseable {

    private static final long HTTP_CACHE_BYTES = 64L << 20;

    private final Endpoints endpoints;
    private final OkHttpClient api;
    private final OkHttpClient raw;
    private final TopicsTap topics;
    private final Optional<Cache> cache;

    private GitHubHttp(Endpoints endpoints, OkHttpClient api, OkHttpClient raw, TopicsTap topics, Optional<Cache> cache) {
        this.endpoints = endpoints;
        this.api = api;
        this.raw = raw;
        this.topics = topics;
        this.cache = cache;
    }

    static GitHubHttp create(GitHubSettings settings, Endpoints endpoints, RateLimits limits) {
        Dispatcher dispatcher = new Dispatcher();
        // file bodies of every repository in flight download at once (HTTP/2 multiplexes them on one connection)
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(Math.min(64, 12 * settings.concurrency()));
        TopicsTap topics = new TopicsTap(endpoints);
        Optional<Cache> cache = settings.cacheDir().map(dir -> new Cache(dir.resolve("http").toFile(), HTTP_CACHE_BYTES));
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .writeTimeout(settings.timeout())
                .addInterceptor(new RetryInterceptor(endpoints, settings.retry(), settings.sleeper(), settings.clock(),
                        settings.notices()))
                .addInterceptor(topics)
                .addNetworkInterceptor(new ApiNetworkInterceptor(endpoints, settings.token(),
                        "hireable/" + settings.toolVersion(), limits));
        OkHttpClient withoutCache = builder.build();
        OkHttpClient api = cache.map(c -> withoutCache.newBuilder().cache(c).build()).orElse(withoutCache);
        return new GitHubHttp(endpoints, api, withoutCache, topics, cache);
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** For github-api and other API calls: cached and conditional when a cache folder is set. */
    OkHttpClient api() {
        return api;
    }

    /** For raw file downloads and POSTs: no HTTP cache. */
    OkHttpClient raw() {
        return raw;
    }

    TopicsTap topics() {
        return topics;
    }

    static Path httpCacheFolder(Path cacheDir) {
        return cacheDir.resolve("http");
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
