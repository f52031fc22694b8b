package dev.hireable.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fake GitHub on two WireMock servers: the REST and GraphQL API, and the raw content host. It serves any folder as
 * a repository, with responses shaped like api.github.com's (samples in ../shared/github-api): user and repository
 * JSON, repository listings paged with {@code Link} headers that switch to {@code /user/{id}/repos}, recursive git
 * trees, refs, GraphQL head commits, weak ETags answered with 304, and X-RateLimit headers that count down (a token's
 * 304s are free, as on GitHub) until a 403 "API rate limit exceeded". Tests add their own WireMock stubs on
 * {@link #api()} or {@link #raw()} (they win over the fake's catch-all) to inject faults.
 */
public final class FakeGitHub implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SAMPLES = "/fixtures/github/samples/";
    private static final String API_TRANSFORMER = "fake-github-api";
    private static final String RAW_TRANSFORMER = "fake-github-raw";
    private static final Pattern GRAPHQL_REPO =
            Pattern.compile("(r\\d+): repository\\(owner: \"([^\"]+)\", name: \"([^\"]+)\"\\)");

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Repo> repos = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(7_000_000);
    private final WireMockServer api;
    private final WireMockServer raw;
    private volatile int tokenLimit = 5000;
    private volatile int anonymousLimit = 60;
    private volatile boolean rejectTokens;

    private FakeGitHub(Duration latency) {
        // enough server threads that a slow fake never queues the client's parallel requests
        api = new WireMockServer(
                options().dynamicPort().gzipDisabled(true).containerThreads(100).extensions(new ApiTransformer()));
        raw = new WireMockServer(
                options().dynamicPort().gzipDisabled(true).containerThreads(100).extensions(new RawTransformer()));
        api.start();
        raw.start();
        api.stubFor(WireMock.any(WireMock.anyUrl())
                .atPriority(10)
                .willReturn(WireMock.aResponse().withTransformers(API_TRANSFORMER)));
        raw.stubFor(WireMock.any(WireMock.anyUrl())
                .atPriority(10)
                .willReturn(WireMock.aResponse().withTransformers(RAW_TRANSFORMER)));
        if (!latency.isZero()) {
            api.setGlobalFixedDelay((int) latency.toMillis());
            raw.setGlobalFixedDelay((int) latency.toMillis());
        }
    }

    public static FakeGitHub start() {
        return new FakeGitHub(Duration.ZERO);
    }

    /** Every response, API and raw, waits {@code latency} (as a far-away GitHub would). */
    public static FakeGitHub start(Duration latency) {
        return new FakeGitHub(latency);
    }

    public String apiUrl() {
        return api.baseUrl();
    }

    public String rawUrl() {
        return raw.baseUrl();
    }

    public WireMockServer api() {
        return api;
    }

    public WireMockServer raw() {
        return raw;
    }

    /** A user (created on first use). */
    public User user(String login) {
        return users.computeIfAbsent(login.toLowerCase(Locale.ROOT), l -> new User(login, ids.incrementAndGet()));
    }

    /** The hourly limits of a token's and of anonymous requests; each starts full. */
    public FakeGitHub rateLimits(int forTokens, int anonymous) {
        tokenLimit = forTokens;
        anonymousLimit = anonymous;
        buckets.clear();
        return this;
    }

    /** Answers 401 "Bad credentials" to every request that carries a token. */
    public FakeGitHub rejectTokens() {
        rejectTokens = true;
        return this;
    }

    /** API requests GitHub would count: everything answered, except 304s sent with a token. */
    public int rateLimitedRequests() {
        return (int) api.getAllServeEvents().stream()
                .filter(e ->
                        !(e.getResponse().getStatus() == 304 && e.getRequest().containsHeader("Authorization")))
                .count();
    }

    public int notModifiedResponses() {
        return (int) api.getAllServeEvents().stream()
                .filter(e -> e.getResponse().getStatus() == 304)
                .count();
    }

    public int rawRequests() {
        return raw.getAllServeEvents().size();
    }

    /** Requests (API and raw) whose path starts with the prefix. */
    public List<ServeEvent> requests(String pathPrefix) {
        return Stream.concat(api.getAllServeEvents().stream(), raw.getAllServeEvents().stream())
                .filter(e -> e.getRequest().getUrl().startsWith(pathPrefix))
                .toList();
    }

    /** Every header value and body the fakes received, for leak checks. */
    public String everythingReceived() {
        StringBuilder all = new StringBuilder();
        Stream.concat(api.getAllServeEvents().stream(), raw.getAllServeEvents().stream())
                .forEach(e -> all.append(e.getRequest().getUrl())
                        .append('\n')
                        .append(e.getRequest().getHeaders())
                        .append('\n')
                        .append(e.getRequest().getBodyAsString())
                        .append('\n'));
        return all.toString();
    }

    public void resetRequests() {
        api.resetRequests();
        raw.resetRequests();
    }

    /** Rate-limit headers as GitHub sends them, for tests that write their own stubs. */
    public static List<HttpHeader> rateLimitHeaders(int limit, int remaining, Instant reset, String resource) {
        return List.of(
                new HttpHeader("X-RateLimit-Limit", String.valueOf(limit)),
                new HttpHeader("X-RateLimit-Remaining", String.valueOf(remaining)),
                new HttpHeader("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond())),
                new HttpHeader("X-RateLimit-Used", String.valueOf(limit - remaining)),
                new HttpHeader("X-RateLimit-Resource", resource));
    }

    /** A JSON answer as GitHub sends one, with its rate-limit headers (the core budget), for tests' own stubs. */
    public static ResponseDefinitionBuilder json(int status, String body, int remaining) {
        List<HttpHeader> headers =
                new ArrayList<>(rateLimitHeaders(5000, remaining, Instant.now().plusSeconds(1800), "core"));
        headers.add(new HttpHeader("Content-Type", "application/json; charset=utf-8"));
        return WireMock.aResponse()
                .withStatus(status)
                .withHeaders(new HttpHeaders(headers))
                .withBody(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A sample body of ../shared/github-api (copied under src/test/resources/fixtures/github/samples). */
    public static String sample(String name) {
        try (InputStream in = FakeGitHub.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
        raw.stop();
    }

    /** A GitHub user and the repositories they own. */
    public final class User {
        private final String login;
        private final int id;
        private final Map<String, Repo> owned = new ConcurrentHashMap<>();

        private User(String login, int id) {
            this.login = login;
            this.id = id;
        }

        public String login() {
            return login;
        }

        /** A repository whose files are those of {@code folder} (its .git left out), as committed. */
        public Repo repo(String name, Path folder) {
            Repo repo = repo(name);
            repo.files(folder);
            return repo;
        }

        /** A repository with no files yet: empty until files are added. */
        public Repo repo(String name) {
            return owned.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> {
                Repo repo = new Repo(this, name, ids.incrementAndGet());
                repos.put((login + "/" + name).toLowerCase(Locale.ROOT), repo);
                return repo;
            });
        }

        List<Repo> listed() {
            return owned.values().stream()
                    .sorted((a, b) -> a.name.compareToIgnoreCase(b.name))
                    .toList();
        }
    }

    /** A repository at one commit. Changing its files makes a new commit and moves pushed_at. */
    public final class Repo {
        private final User owner;
        private final String name;
        private final int id;
        private final Map<String, byte[]> files = new TreeMap<>();
        private String description;
        private String homepage;
        private List<String> topics = List.of();
        private boolean fork;
        private boolean archived;
        private boolean truncated;
        private String defaultBranch = "main";
        private List<String> contributors;
        private Instant createdAt = Instant.parse("2024-01-15T10:00:00Z");
        private Instant pushedAt = Instant.parse("2025-06-01T12:00:00Z");
        private int version;

        private Repo(User owner, String name, int id) {
            this.owner = owner;
            this.name = name;
            this.id = id;
        }

        public String fullName() {
            return owner.login + "/" + name;
        }

        public synchronized Repo files(Path folder) {
            Map<String, byte[]> read = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .toList()) {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    if (!path.equals(".git") && !path.startsWith(".git/")) {
                        read.put(path, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.clear();
            files.putAll(read);
            return changed();
        }

        public synchronized Repo file(String path, String text) {
            return file(path, text.getBytes(StandardCharsets.UTF_8));
        }

        public synchronized Repo file(String path, byte[] bytes) {
            files.put(path, bytes);
            return changed();
        }

        public synchronized Repo description(String text) {
            description = text;
            return this;
        }

        public synchronized Repo homepage(String url) {
            homepage = url;
            return this;
        }

        public synchronized Repo topics(String... names) {
            topics = List.of(names);
            return this;
        }

        public synchronized Repo fork() {
            fork = true;
            return this;
        }

        public synchronized Repo archived() {
            archived = true;
            return this;
        }

        /** The recursive tree says it was cut short, and lists only the first half of the entries. */
        public synchronized Repo truncated() {
            truncated = true;
            return this;
        }

        /** The logins with commits in the repository (by default only its owner). */
        public synchronized Repo contributors(String... logins) {
            contributors = List.of(logins);
            return this;
        }

        synchronized boolean hasCommitsBy(String login) {
            List<String> authors = contributors == null ? List.of(owner.login) : contributors;
            return authors.stream().anyMatch(a -> a.equalsIgnoreCase(login));
        }

        public synchronized Repo defaultBranch(String branch) {
            defaultBranch = branch;
            return this;
        }

        public synchronized Repo pushedAt(Instant when) {
            pushedAt = when;
            return this;
        }

        public synchronized boolean empty() {
            return files.isEmpty();
        }

        private Repo changed() {
            version++;
            pushedAt = pushedAt.plusSeconds(60);
            return this;
        }

        synchronized String commitSha() {
            return sha1("commit " + treeSha() + " " + version + " " + fullName());
        }

        synchronized String treeSha() {
            StringBuilder text = new StringBuilder("tree");
            files.forEach((path, bytes) -> text.append(path).append(blobSha(bytes)));
            return sha1(text.toString());
        }

        synchronized Optional<byte[]> body(String path) {
            return Optional.ofNullable(files.get(path));
        }

        synchronized boolean knowsRef(String ref) {
            return ref.equals(defaultBranch) || ref.equals(commitSha()) || ref.equals(treeSha());
        }

        synchronized int sizeKb() {
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            return bytes == 0 ? 0 : (int) Math.max(1, bytes / 1024);
        }

        synchronized ObjectNode json(String base, boolean single) {
            ObjectNode template = (ObjectNode) parse(
                    single
                            ? sample("repos-get.json")
                            : JSON.valueToTree(parse(sample("users-repos-page1.json"))
                                            .get(0))
                                    .toString());
            String sampleName = template.get("full_name").asText();
            String sampleOwner = template.get("owner").get("login").asText();
            String text = template.toString()
                    .replace("https://api.github.com/repos/" + sampleName, base + "/repos/" + fullName())
                    .replace("https://api.github.com/users/" + sampleOwner, base + "/users/" + owner.login)
                    .replace("https://github.com/" + sampleName, "https://github.com/" + fullName())
                    .replace("https://github.com/" + sampleOwner, "https://github.com/" + owner.login)
                    .replace("https://api.github.com", base);
            ObjectNode repo = (ObjectNode) parse(text);
            repo.put("id", id)
                    .put("name", name)
                    .put("full_name", fullName())
                    .put("html_url", "https://github.com/" + fullName())
                    .put("fork", fork)
                    .put("archived", archived)
                    .put("default_branch", defaultBranch)
                    .put("size", sizeKb())
                    .put("created_at", createdAt.toString())
                    .put("updated_at", pushedAt.toString())
                    .put("pushed_at", pushedAt.toString())
                    .put("visibility", "public")
                    .put("private", false);
            if (description == null) {
                repo.putNull("description");
            } else {
                repo.put("description", description);
            }
            if (homepage == null) {
                repo.putNull("homepage");
            } else {
                repo.put("homepage", homepage);
            }
            ArrayNode topicArray = repo.putArray("topics");
            topics.forEach(topicArray::add);
            ObjectNode ownerNode = (ObjectNode) repo.get("owner");
            ownerNode
                    .put("login", owner.login)
                    .put("id", owner.id)
                    .put("html_url", "https://github.com/" + owner.login);
            repo.remove("parent");
            repo.remove("source");
            return repo;
        }

        synchronized ObjectNode tree(String base) {
            ObjectNode tree = JSON.createObjectNode();
            tree.put("sha", treeSha()).put("url", base + "/repos/" + fullName() + "/git/trees/" + treeSha());
            ArrayNode entries = tree.putArray("tree");
            TreeSet<String> folders = new TreeSet<>();
            files.keySet().forEach(path -> {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash));
                }
            });
            TreeSet<String> all = new TreeSet<>(files.keySet());
            all.addAll(folders);
            List<String> paths = new ArrayList<>(all);
            if (truncated) {
                paths = paths.subList(0, (paths.size() + 1) / 2);
            }
            for (String path : paths) {
                ObjectNode entry = entries.addObject().put("path", path);
                if (folders.contains(path)) {
                    String sha = sha1("folder " + path + treeSha());
                    entry.put("mode", "040000")
                            .put("type", "tree")
                            .put("sha", sha)
                            .put("url", base + "/repos/" + fullName() + "/git/trees/" + sha);
                } else {
                    byte[] bytes = files.get(path);
                    String sha = blobSha(bytes);
                    entry.put("mode", "100644")
                            .put("type", "blob")
                            .put("sha", sha)
                            .put("size", bytes.length)
                            .put("url", base + "/repos/" + fullName() + "/git/blobs/" + sha);
                }
            }
            tree.put("truncated", truncated);
            return tree;
        }
    }

    /** One rate-limit bucket: a token's, or the anonymous one. */
    private static final class Bucket {
        final int limit;
        final AtomicInteger used = new AtomicInteger();
        final Instant reset = Instant.now().plusSeconds(3600);

        Bucket(int limit) {
            this.limit = limit;
        }

        int remaining() {
            return Math.max(0, limit - used.get());
        }
    }

    private final class ApiTransformer implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return API_TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            boolean withToken = request.containsHeader("Authorization");
            String base = api.baseUrl();
            URI uri = URI.create(request.getUrl());
            String path = uri.getRawPath();
            boolean graphql = path.equals("/graphql");
            String resource = graphql ? "graphql" : "core";
            Bucket bucket = buckets.computeIfAbsent(
                    resource + (withToken ? "|token" : "|anonymous"),
                    k -> new Bucket(withToken ? tokenLimit : anonymousLimit));
            if (withToken && rejectTokens) {
                return respond(401, sample("error-401.json"), bucket, resource, List.of());
            }
            if (bucket.remaining() == 0) {
                return respond(
                        403,
                        sample(withToken ? "error-403-rate-limit.json" : "error-403-rate-limit-anonymous.json"),
                        bucket,
                        resource,
                        List.of());
            }
            if (graphql) {
                if (!withToken) {
                    bucket.used.incrementAndGet();
                    return respond(
                            401,
                            "{\"message\":\"This endpoint requires you to be authenticated.\","
                                    + "\"documentation_url\":\"https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql\"}",
                            bucket,
                            resource,
                            List.of());
                }
                bucket.used.incrementAndGet();
                return respond(200, graphQl(request.getBodyAsString()), bucket, resource, List.of());
            }
            Routed routed = route(path, query(uri), base);
            String etag = "W/\"" + sha256(routed.body()) + "\"";
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (routed.status() == 200
                    && ifNoneMatch != null
                    && strip(ifNoneMatch).equals(strip(etag))) {
                if (!withToken) {
                    bucket.used.incrementAndGet();
                }
                return respond(
                        304,
                        null,
                        bucket,
                        resource,
                        List.of(new HttpHeader("ETag", etag.substring(2)), cacheControl(withToken)));
            }
            bucket.used.incrementAndGet();
            List<HttpHeader> extra = new ArrayList<>(routed.headers());
            if (routed.status() == 200) {
                extra.add(new HttpHeader("ETag", etag));
                extra.add(cacheControl(withToken));
                extra.add(new HttpHeader(
                        "Vary",
                        "Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With"));
            }
            return respond(routed.status(), routed.body(), bucket, resource, extra);
        }

        private Routed route(String path, Map<String, String> query, String base) {
            String[] parts = Stream.of(path.split("/"))
                    .filter(s -> !s.isEmpty())
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
                    .toArray(String[]::new);
            if (parts.length == 2 && parts[0].equals("users")) {
                User user = users.get(parts[1].toLowerCase(Locale.ROOT));
                return user == null ? notFound() : ok(userJson(user, base));
            }
            if (parts.length == 3 && parts[0].equals("users") && parts[2].equals("repos")) {
                User user = users.get(parts[1].toLowerCase(Locale.ROOT));
                return user == null ? notFound() : page(user, query, base);
            }
            if (parts.length == 3 && parts[0].equals("user") && parts[2].equals("repos")) {
                User user = users.values().stream()
                        .filter(u -> String.valueOf(u.id).equals(parts[1]))
                        .findFirst()
                        .orElse(null);
                return user == null ? notFound() : page(user, query, base);
            }
            if (parts.length >= 3 && parts[0].equals("repos")) {
                Repo repo = repos.get((parts[1] + "/" + parts[2]).toLowerCase(Locale.ROOT));
                if (repo == null) {
                    return notFound();
                }
                if (parts.length == 3) {
                    return ok(repo.json(base, true).toString());
                }
                if (parts.length == 4 && parts[3].equals("commits")) {
                    return commits(repo, query.getOrDefault("author", ""), base);
                }
                if (parts.length == 6 && parts[3].equals("git") && parts[4].equals("trees")) {
                    if (repo.empty()) {
                        return new Routed(409, sample("error-409-empty.json"), List.of());
                    }
                    return repo.knowsRef(parts[5]) ? ok(repo.tree(base).toString()) : notFound();
                }
                if (parts.length >= 7
                        && parts[3].equals("git")
                        && parts[4].equals("refs")
                        && parts[5].equals("heads")) {
                    if (repo.empty()) {
                        return new Routed(409, sample("error-409-empty.json"), List.of());
                    }
                    String branch = String.join("/", List.of(parts).subList(6, parts.length));
                    if (!branch.equals(repo.defaultBranch)) {
                        return notFound();
                    }
                    String commit = repo.commitSha();
                    return ok("{\"ref\":\"refs/heads/" + branch + "\",\"node_id\":\"REF_" + repo.id + "\",\"url\":\""
                            + base
                            + "/repos/" + repo.fullName() + "/git/refs/heads/" + branch + "\",\"object\":{\"sha\":\""
                            + commit
                            + "\",\"type\":\"commit\",\"url\":\"" + base + "/repos/" + repo.fullName() + "/git/commits/"
                            + commit + "\"}}");
                }
            }
            return notFound();
        }

        /** GET /repos/o/n/commits?author=LOGIN: the newest commit by that login, shaped as GitHub lists commits. */
        private Routed commits(Repo repo, String author, String base) {
            if (repo.empty()) {
                return new Routed(409, sample("error-409-empty.json"), List.of());
            }
            ArrayNode list = JSON.createArrayNode();
            if (repo.hasCommitsBy(author)) {
                String sha = repo.commitSha();
                ObjectNode commit = list.addObject()
                        .put("sha", sha)
                        .put("node_id", "C_" + sha.substring(0, 12))
                        .put("url", base + "/repos/" + repo.fullName() + "/commits/" + sha)
                        .put("html_url", "https://github.com/" + repo.fullName() + "/commit/" + sha);
                ObjectNode detail = commit.putObject("commit")
                        .put("message", "Train the model")
                        .put("url", base + "/repos/" + repo.fullName() + "/git/commits/" + sha)
                        .put("comment_count", 0);
                detail.putObject("author")
                        .put("name", author)
                        .put("email", author + "@users.noreply.github.com")
                        .put("date", repo.pushedAt.toString());
                detail.putObject("committer")
                        .put("name", author)
                        .put("email", author + "@users.noreply.github.com")
                        .put("date", repo.pushedAt.toString());
                detail.putObject("tree")
                        .put("sha", repo.treeSha())
                        .put("url", base + "/repos/" + repo.fullName() + "/git/trees/" + repo.treeSha());
                commit.putObject("author")
                        .put("login", author)
                        .put("type", "User")
                        .put("html_url", "https://github.com/" + author);
                commit.putObject("committer")
                        .put("login", author)
                        .put("type", "User")
                        .put("html_url", "https://github.com/" + author);
                commit.putArray("parents");
            }
            return ok(list.toString());
        }

        private Routed page(User user, Map<String, String> query, String base) {
            int perPage = Math.min(100, Math.max(1, Integer.parseInt(query.getOrDefault("per_page", "30"))));
            int page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
            List<Repo> all = user.listed();
            int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
            ArrayNode items = JSON.createArrayNode();
            all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(r -> items.add(r.json(base, false)));
            List<String> links = new ArrayList<>();
            String next = base + "/user/" + user.id + "/repos?per_page=" + perPage + "&page=";
            if (page > 1) {
                links.add("<" + next + (page - 1) + ">; rel=\"prev\"");
            }
            if (page < pages) {
                links.add("<" + next + (page + 1) + ">; rel=\"next\"");
                links.add("<" + next + pages + ">; rel=\"last\"");
            }
            if (page > 1) {
                links.add("<" + next + 1 + ">; rel=\"first\"");
            }
            List<HttpHeader> headers =
                    pages == 1 ? List.of() : List.of(new HttpHeader("Link", String.join(", ", links)));
            return new Routed(200, items.toString(), headers);
        }

        private String userJson(User user, String base) {
            ObjectNode node = (ObjectNode) parse(sample("users-get.json")
                    .replace("https://api.github.com/users/kohsuke", base + "/users/" + user.login)
                    .replace("https://api.github.com", base));
            node.put("login", user.login)
                    .put("id", user.id)
                    .put("html_url", "https://github.com/" + user.login)
                    .put("public_repos", user.owned.size())
                    .put("name", user.login)
                    .put("blog", "");
            return node.toString();
        }

        private String graphQl(String body) {
            String query;
            try {
                query = JSON.readTree(body).path("query").asText("");
            } catch (IOException e) {
                return "{\"errors\":[{\"message\":\"Problems parsing JSON\"}]}";
            }
            ObjectNode root = JSON.createObjectNode();
            ObjectNode data = root.putObject("data");
            ArrayNode errors = JSON.createArrayNode();
            Matcher matcher = GRAPHQL_REPO.matcher(query);
            while (matcher.find()) {
                Repo repo = repos.get((matcher.group(2) + "/" + matcher.group(3)).toLowerCase(Locale.ROOT));
                if (repo == null) {
                    data.putNull(matcher.group(1));
                    errors.addObject()
                            .put("type", "NOT_FOUND")
                            .put(
                                    "message",
                                    "Could not resolve to a Repository with the name '" + matcher.group(2) + "/"
                                            + matcher.group(3) + "'.")
                            .putArray("path")
                            .add(matcher.group(1));
                } else if (repo.empty()) {
                    data.putObject(matcher.group(1)).putNull("defaultBranchRef");
                } else {
                    ObjectNode ref = data.putObject(matcher.group(1)).putObject("defaultBranchRef");
                    // the shape GitHub gives `target { oid ... on Commit { tree { oid } } }`
                    ref.put("name", repo.defaultBranch)
                            .putObject("target")
                            .put("oid", repo.commitSha())
                            .putObject("tree")
                            .put("oid", repo.treeSha());
                }
            }
            if (!errors.isEmpty()) {
                root.set("errors", errors);
            }
            return root.toString();
        }
    }

    private final class RawTransformer implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return RAW_TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String[] parts =
                    URI.create(event.getRequest().getUrl()).getRawPath().split("/", 5);
            if (parts.length == 5) {
                Repo repo = repos.get((decode(parts[1]) + "/" + decode(parts[2])).toLowerCase(Locale.ROOT));
                if (repo != null && repo.knowsRef(decode(parts[3]))) {
                    String path = Stream.of(parts[4].split("/"))
                            .map(FakeGitHub::decode)
                            .reduce((a, b) -> a + "/" + b)
                            .orElse("");
                    Optional<byte[]> body = repo.body(path);
                    if (body.isPresent()) {
                        return new ResponseDefinitionBuilder()
                                .withStatus(200)
                                .withHeader("Content-Type", "text/plain; charset=utf-8")
                                .withHeader("ETag", "\"" + blobSha(body.get()) + "\"")
                                .withHeader("Cache-Control", "max-age=300")
                                .withBody(body.get())
                                .build();
                    }
                }
            }
            return new ResponseDefinitionBuilder()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/plain; charset=utf-8")
                    .withBody("404: Not Found")
                    .build();
        }
    }

    private record Routed(int status, String body, List<HttpHeader> headers) {}

    private static Routed ok(String body) {
        return new Routed(200, body, List.of());
    }

    private static Routed notFound() {
        return new Routed(404, sample("error-404.json"), List.of());
    }

    private static ResponseDefinition respond(
            int status, String body, Bucket bucket, String resource, List<HttpHeader> extra) {
        List<HttpHeader> headers = new ArrayList<>();
        headers.add(new HttpHeader("Server", "github.com"));
        headers.add(new HttpHeader(
                "Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atZone(ZoneOffset.UTC))));
        if (body != null) {
            headers.add(new HttpHeader("Content-Type", "application/json; charset=utf-8"));
        }
        headers.add(new HttpHeader("X-GitHub-Media-Type", "github.v3; format=json"));
        headers.add(new HttpHeader("x-github-api-version-selected", "2022-11-28"));
        headers.addAll(rateLimitHeaders(bucket.limit, bucket.remaining(), bucket.reset, resource));
        headers.add(
                new HttpHeader("X-GitHub-Request-Id", "FAKE:" + Integer.toHexString(System.identityHashCode(body))));
        headers.addAll(extra);
        ResponseDefinitionBuilder builder =
                new ResponseDefinitionBuilder().withStatus(status).withHeaders(new HttpHeaders(headers));
        return (body == null ? builder : builder.withBody(body)).build();
    }

    private static HttpHeader cacheControl(boolean withToken) {
        return new HttpHeader("Cache-Control", (withToken ? "private" : "public") + ", max-age=60, s-maxage=60");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String strip(String etag) {
        return etag.strip().replaceFirst("^W/", "");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static String blobSha(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
