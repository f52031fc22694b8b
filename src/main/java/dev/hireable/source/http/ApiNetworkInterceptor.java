package dev.hireable.source.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sits between the HTTP cache and the network. It adds the token to API requests only (never to the raw host),
 * reads the rate-limit headers of every API response, counts requests, and drops {@code Authorization} from
 * {@code Vary} so the on-disk cache never stores the token (OkHttp keeps the request headers a response varies on).
 */
final class ApiNetworkInterceptor implements Interceptor {

    private final ApiServer server;
    private final Optional<Secret> token;
    private final String userAgent;
    private final RateLimits limits;

    ApiNetworkInterceptor(ApiServer server, Optional<Secret> token, String userAgent, RateLimits limits) {
        this.server = server;
        this.token = token;
        this.userAgent = userAgent;
        this.limits = limits;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        boolean api = server.isApi(original.url());
        Request.Builder request = original.newBuilder().header("User-Agent", userAgent);
        if (api && token.isPresent()) {
            request.header("Authorization", "Bearer " + token.get().reveal());
        } else {
            request.removeHeader("Authorization");
        }
        Response response = chain.proceed(request.build());
        if (api) {
            limits.recordApi(
                    response.code(),
                    header(response, "X-RateLimit-Resource"),
                    header(response, "X-RateLimit-Limit"),
                    header(response, "X-RateLimit-Remaining"),
                    header(response, "X-RateLimit-Reset"));
        } else {
            limits.recordRaw();
        }
        Response.Builder cleaned = response.newBuilder().request(original);
        String vary = response.header("Vary");
        if (vary != null) {
            String kept = Arrays.stream(vary.split(","))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("Authorization") && !v.equalsIgnoreCase("Cookie"))
                    .collect(Collectors.joining(", "));
            cleaned.removeHeader("Vary");
            if (!kept.isEmpty()) {
                cleaned.header("Vary", kept);
            }
        }
        return cleaned.build();
    }

    private static Optional<String> header(Response response, String name) {
        return Optional.ofNullable(response.header(name));
    }
}
