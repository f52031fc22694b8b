package dev.hireable.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the {@code topics} of repositories from the repository JSON that github-api already fetches (listings and
 * single repositories). github-api 1.330 has no getter for them, and {@code listTopics()} would cost one more
 * request per repository.
 */
final class TopicsTap implements Interceptor {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern REPOSITORY_JSON =
            Pattern.compile(".*/(?:users/[^/]+/repos|user/[0-9]+/repos|repos/[^/]+/[^/]+)");
    private static final long MAX_BODY = 16L << 20;

    private final Endpoints endpoints;
    private final Map<String, List<String>> topics = new ConcurrentHashMap<>();

    TopicsTap(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        if (response.code() == 200
                && "GET".equals(request.method())
                && endpoints.isApi(request.url())
                && REPOSITORY_JSON.matcher(request.url().encodedPath()).matches()) {
            try (InputStream body = open(response)) {
                JsonNode root = JSON.readTree(body);
                if (root != null && root.isArray()) {
                    root.forEach(this::remember);
                } else if (root != null) {
                    remember(root);
                }
            } catch (IOException | RuntimeException unreadable) {
                // github-api reports a malformed body itself; topics simply stay unknown
            }
        }
        return response;
    }

    /** The topics of {@code owner/name} as GitHub last listed them. */
    Optional<List<String>> topics(String fullName) {
        return Optional.ofNullable(topics.get(fullName.toLowerCase(Locale.ROOT)));
    }

    private void remember(JsonNode repo) {
        JsonNode name = repo.get("full_name");
        JsonNode list = repo.get("topics");
        if (name != null && name.isTextual() && list != null && list.isArray()) {
            List<String> values = new ArrayList<>();
            list.forEach(t -> values.add(t.asText()));
            topics.put(name.asText().toLowerCase(Locale.ROOT), List.copyOf(values));
        }
    }

    private static InputStream open(Response response) throws IOException {
        InputStream body = response.peekBody(MAX_BODY).byteStream();
        return "gzip".equalsIgnoreCase(response.header("Content-Encoding")) ? new GZIPInputStream(body) : body;
    }
}
