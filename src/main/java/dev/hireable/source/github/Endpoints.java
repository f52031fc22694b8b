package dev.hireable.source.github;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Where the REST API, the GraphQL API and the raw file host are. For GitHub Enterprise the API is
 * {@code https://HOST/api/v3} and GraphQL {@code https://HOST/api/graphql}; elsewhere GraphQL is {@code API/graphql}.
 */
record Endpoints(HttpUrl api, HttpUrl graphql, HttpUrl raw) {

    static Endpoints of(String apiUrl, String rawUrl) {
        HttpUrl api = parse(apiUrl, "--api-url");
        HttpUrl raw = parse(rawUrl, "--raw-url");
        String apiText = trimmed(api.toString());
        String graphql = apiText.endsWith("/api/v3")
                ? apiText.substring(0, apiText.length() - 3) + "graphql"
                : apiText + "/graphql";
        return new Endpoints(HttpUrl.get(apiText), HttpUrl.get(graphql), HttpUrl.get(trimmed(raw.toString())));
    }

    /** The REST base URL without a trailing slash, as github-api wants it. */
    String apiBase() {
        return trimmed(api.toString());
    }

    /** True for requests that GitHub's API rate limit covers, and which therefore carry the token. */
    boolean isApi(HttpUrl url) {
        return url.equals(graphql) || within(url, api);
    }

    HttpUrl rawFile(String owner, String name, String ref, String encodedPath) {
        return HttpUrl.get(trimmed(raw.toString()) + "/" + owner + "/" + name + "/" + ref + "/" + encodedPath);
    }

    private static boolean within(HttpUrl url, HttpUrl base) {
        if (!url.scheme().equals(base.scheme())
                || !url.host().equalsIgnoreCase(base.host())
                || url.port() != base.port()) {
            return false;
        }
        String prefix = trimmed(base.encodedPath());
        return prefix.isEmpty()
                || url.encodedPath().equals(prefix)
                || url.encodedPath().startsWith(prefix + "/");
    }

    private static HttpUrl parse(String url, String option) {
        return Optional.ofNullable(HttpUrl.parse(url == null ? "" : url.strip()))
                .orElseThrow(() -> new IllegalArgumentException(option + " '" + url + "' is not an http(s) URL"));
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
