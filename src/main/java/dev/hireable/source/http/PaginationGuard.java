package dev.hireable.source.http;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps a paged listing finite: the {@code rel="next"} link of an API answer is followed only when it stays on the
 * API, leads to a page not read yet in the same listing, and the listing has not reached the page limit; otherwise
 * the link is dropped (the client library then ends the listing) and the user told why.
 */
final class PaginationGuard implements Interceptor {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    /** One listing being paged through: the pages it has read. */
    private static final class Listing {
        final Set<String> read = new HashSet<>();
    }

    private final ApiServer server;
    private final int maxPages;
    private final Consumer<String> notices;
    /** The next page each listing asked for, until it is requested. */
    private final Map<String, Listing> pending = new ConcurrentHashMap<>();

    PaginationGuard(ApiServer server, int maxPages, Consumer<String> notices) {
        this.server = server;
        this.maxPages = maxPages;
        this.notices = notices;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl url = chain.request().url();
        Response response = chain.proceed(chain.request());
        String link = response.header("Link");
        if (!server.isApi(url) || link == null) {
            pending.remove(url.toString());
            return response;
        }
        Listing listing = Optional.ofNullable(pending.remove(url.toString())).orElseGet(Listing::new);
        listing.read.add(url.toString());
        Matcher next = NEXT.matcher(link);
        if (!next.find()) {
            return response;
        }
        HttpUrl target = HttpUrl.parse(next.group(1).strip());
        Optional<String> refused = target == null || !server.isApi(target)
                ? Optional.of("it leads to another host")
                : listing.read.contains(target.toString())
                        ? Optional.of("it leads back to a page already read")
                        : listing.read.size() >= maxPages
                                ? Optional.of("the listing reached " + maxPages + " pages")
                                : Optional.empty();
        if (refused.isEmpty()) {
            pending.put(target.toString(), listing);
            return response;
        }
        notices.accept(server.name() + "'s next page link of " + url.encodedPath() + " was not followed: "
                + refused.get() + "; the listing ends there.");
        return response.newBuilder().removeHeader("Link").build();
    }
}
