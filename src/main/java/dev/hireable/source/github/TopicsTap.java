package dev.hireable.source.github;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private static final JsonFactory JSON = new JsonFactory();
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
            try (InputStream body = open(response);
                    JsonParser parser = JSON.createParser(body)) {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        remember(parser);
                    }
                } else if (first == JsonToken.START_OBJECT) {
                    remember(parser);
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

    /**
     * One repository object, the parser on its start: only its name and topics are kept, everything else is skipped
     * unread (a listing of 100 repositories is half a megabyte, read here on top of github-api's own reading).
     */
    private void remember(JsonParser parser) throws IOException {
        String name = null;
        List<String> values = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("full_name") && value == JsonToken.VALUE_STRING) {
                name = parser.getText();
            } else if (field.equals("topics") && value == JsonToken.START_ARRAY) {
                values = new ArrayList<>();
                for (JsonToken topic = parser.nextToken(); topic != JsonToken.END_ARRAY; topic = parser.nextToken()) {
                    values.add(topic.isScalarValue() ? parser.getText() : "");
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (name != null && values != null) {
            topics.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
        }
    }

    private static InputStream open(Response response) throws IOException {
        InputStream body = response.peekBody(MAX_BODY).byteStream();
        return "gzip".equalsIgnoreCase(response.header("Content-Encoding")) ? new GZIPInputStream(body) : body;
    }
}
