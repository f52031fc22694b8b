package dev.hireable.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.source.SourceException;
import dev.hireable.source.http.RateLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.kohsuke.github.GHRef;

/**
 * Finds the head commit of each repository's default branch. With a token, one GraphQL query answers for up to
 * {@value #BATCH} repositories at once (one request instead of one each); without one, or when GraphQL fails, one
 * ref lookup per repository. An empty repository has no head.
 */
final class HeadResolver {

    /** The outcome for one repository. */
    sealed interface Head permits Commit, Empty, Failed {}

    /** @param tree the commit's tree, when the answer said (GraphQL does): a tree read by branch name is checked against it */
    record Commit(String sha, Optional<String> tree) implements Head {
        Commit(String sha) {
            this(sha, Optional.empty());
        }
    }

    record Empty() implements Head {}

    record Failed(SourceException error) implements Head {}

    static final int BATCH = 100;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final OkHttpClient client;
    private final Endpoints endpoints;
    private final boolean useGraphQl;
    private final GitHubErrors errors;
    private final RateLimits limits;
    private final int concurrency;

    HeadResolver(
            OkHttpClient client,
            Endpoints endpoints,
            boolean useGraphQl,
            GitHubErrors errors,
            RateLimits limits,
            int concurrency) {
        this.client = client;
        this.endpoints = endpoints;
        this.useGraphQl = useGraphQl;
        this.errors = errors;
        this.limits = limits;
        this.concurrency = concurrency;
    }

    /** Whether heads come with their tree, so a tree read early by branch name can be checked (GraphQL). */
    boolean givesTrees() {
        return useGraphQl;
    }

    /** Core API requests one repository costs to read: its ref lookup without GraphQL, then its tree. */
    int requestsPerRepository() {
        return useGraphQl ? 1 : 2;
    }

    /** Heads keyed by lower-case {@code owner/name}. */
    Map<String, Head> resolve(List<RepoInfo> repos) throws InterruptedException {
        Map<String, Head> heads = new HashMap<>();
        List<RepoInfo> left = new ArrayList<>();
        if (useGraphQl) {
            for (int from = 0; from < repos.size(); from += BATCH) {
                List<RepoInfo> batch = repos.subList(from, Math.min(repos.size(), from + BATCH));
                try {
                    heads.putAll(graphQl(batch));
                } catch (IOException | RuntimeException e) {
                    left.addAll(batch);
                }
            }
        } else {
            left.addAll(repos);
        }
        heads.putAll(byRef(left));
        return heads;
    }

    private Map<String, Head> graphQl(List<RepoInfo> batch) throws IOException {
        StringBuilder query = new StringBuilder("query {");
        for (int i = 0; i < batch.size(); i++) {
            RepoInfo repo = batch.get(i);
            if (!SAFE_NAME.matcher(repo.owner()).matches()
                    || !SAFE_NAME.matcher(repo.name()).matches()) {
                throw new IOException("a name GraphQL cannot take as is: " + repo.fullName());
            }
            query.append(" r")
                    .append(i)
                    .append(": repository(owner: \"")
                    .append(repo.owner())
                    .append("\", name: \"")
                    .append(repo.name())
                    .append("\") { defaultBranchRef { name target { oid ... on Commit { tree { oid } } } } }");
        }
        query.append(" }");
        ObjectNode body = JSON.createObjectNode().put("query", query.toString());
        Request request = new Request.Builder()
                .url(endpoints.graphql())
                .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE))
                .build();
        JsonNode data;
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IOException("GraphQL answered " + response.code());
            }
            JsonNode root = JSON.readTree(response.body().byteStream());
            data = root == null ? null : root.get("data");
            if (data == null || !data.isObject()) {
                throw new IOException("GraphQL gave no data");
            }
        }
        Map<String, Head> heads = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            RepoInfo repo = batch.get(i);
            JsonNode node = data.get("r" + i);
            if (node == null || node.isNull()) {
                continue; // not visible to GraphQL: fall back to the ref lookup for it
            }
            JsonNode ref = node.get("defaultBranchRef");
            if (ref == null || ref.isNull()) {
                heads.put(key(repo), new Empty());
            } else {
                String oid = ref.path("target").path("oid").asText("");
                Optional<String> tree = Optional.of(
                                ref.path("target").path("tree").path("oid").asText(""))
                        .filter(HeadResolver::isSha);
                if (isSha(oid)) {
                    heads.put(key(repo), new Commit(oid, tree));
                }
            }
        }
        if (heads.size() < batch.size()) {
            List<RepoInfo> missing =
                    batch.stream().filter(r -> !heads.containsKey(key(r))).toList();
            heads.putAll(byRef(missing));
        }
        return heads;
    }

    private Map<String, Head> byRef(List<RepoInfo> repos) {
        if (repos.isEmpty()) {
            return Map.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, repos.size()), daemon());
        try {
            Map<String, Future<Head>> pending = new HashMap<>();
            for (RepoInfo repo : repos) {
                pending.put(key(repo), pool.submit(() -> byRef(repo)));
            }
            Map<String, Head> heads = new HashMap<>();
            for (Map.Entry<String, Future<Head>> entry : pending.entrySet()) {
                heads.put(entry.getKey(), entry.getValue().get());
            }
            return heads;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving head commits", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("resolving a head commit failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Head byRef(RepoInfo repo) {
        if (limits.exhausted()) {
            return new Failed(
                    new SourceException(SourceException.Kind.REPOSITORY_FAILED, "not audited: " + errors.spent()));
        }
        try {
            GHRef ref = repo.api().getRef("heads/" + repo.defaultBranch());
            String sha = ref.getObject() == null ? "" : ref.getObject().getSha();
            if (sha == null || !sha.matches("[0-9a-f]{40}")) {
                return new Failed(new SourceException(
                        SourceException.Kind.REPOSITORY_FAILED,
                        "GitHub gave no commit for the branch " + repo.defaultBranch() + " of " + repo.fullName()
                                + "."));
            }
            return new Commit(sha);
        } catch (IOException | RuntimeException e) {
            GitHubFailure.Kind kind = errors.classify(e).kind();
            // GitHub answers 409 for the branch of an empty repository, or 404 for some, whose listing says size 0
            if (kind == GitHubFailure.Kind.EMPTY || kind == GitHubFailure.Kind.NOT_FOUND && repo.sizeKb() == 0) {
                return new Empty();
            }
            return new Failed(errors.forRepo(repo.fullName(), "the head commit of " + repo.fullName(), e));
        }
    }

    static boolean isSha(String text) {
        return text.matches("[0-9a-f]{40}");
    }

    static String key(RepoInfo repo) {
        return repo.fullName().toLowerCase(Locale.ROOT);
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "hireable-github");
            thread.setDaemon(true);
            return thread;
        };
    }
}
