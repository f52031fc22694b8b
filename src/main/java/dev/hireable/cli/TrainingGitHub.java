package dev.hireable.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub that holds one user with one small repository, on the loopback interface, answering as GitHub's API and
 * raw host do: what the run that writes the class-data archive audits (see {@link ClassDataTraining}), so that the
 * classes of the GitHub path (the HTTP client, TLS set-up, the client library and its JSON binding, the caches) start
 * from the archive too, with no network at build time.
 */
final class TrainingGitHub implements AutoCloseable {

    static final String LOGIN = "hireable-training";
    static final String REPO = "churn-demo";
    private static final String COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b";
    private static final String TREE = "89e6c98d92887913cadf06b2adb97f26cde4849b";
    private static final Pattern GRAPHQL_REPO = Pattern.compile("(r\\d+): repository\\(owner: \"([^\"]+)\"");
    private static final Map<String, String> FILES = files();

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, daemon());
    private final AtomicInteger fileReads = new AtomicInteger();

    private TrainingGitHub(HttpServer server) {
        this.server = server;
    }

    static TrainingGitHub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TrainingGitHub github = new TrainingGitHub(server);
        server.createContext("/", github::answer);
        server.setExecutor(github.workers);
        server.start();
        return github;
    }

    String apiUrl() {
        return origin() + "/api";
    }

    String rawUrl() {
        return origin() + "/raw";
    }

    /** The server's scheme, host and port: the loopback address it listens on, IPv4 or IPv6. */
    private String origin() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** How many files were read from the raw host: none on a re-audit of the unchanged repository. */
    int fileReads() {
        return fileReads.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            String base = apiUrl();
            if (path.startsWith("/raw/" + LOGIN + "/" + REPO + "/")) {
                String file = path.substring(path.indexOf('/', ("/raw/" + LOGIN + "/" + REPO + "/").length()) + 1);
                String body = FILES.get(file);
                if (body != null) {
                    fileReads.incrementAndGet();
                }
                send(exchange, body == null ? 404 : 200, body == null ? "404: Not Found" : body, "text/plain");
            } else if (path.equals("/api/users/" + LOGIN + "/repos")) {
                send(exchange, 200, "[" + repository(base) + "]", "application/json");
            } else if (path.equals("/api/users/" + LOGIN)) {
                send(exchange, 200, user(base), "application/json");
            } else if (path.equals("/api/repos/" + LOGIN + "/" + REPO)) {
                send(exchange, 200, repository(base), "application/json");
            } else if (path.startsWith("/api/repos/" + LOGIN + "/" + REPO + "/git/trees/")) {
                send(exchange, 200, tree(base), "application/json");
            } else if (path.equals("/api/repos/" + LOGIN + "/" + REPO + "/git/refs/heads/main")) {
                send(exchange, 200, ref(base), "application/json");
            } else if (path.equals("/api/graphql")) {
                send(
                        exchange,
                        200,
                        heads(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)),
                        "application/json");
            } else {
                send(
                        exchange,
                        404,
                        "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}",
                        "application/json");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("X-RateLimit-Limit", "5000");
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "4999");
        exchange.getResponseHeaders().set("X-RateLimit-Used", "1");
        exchange.getResponseHeaders()
                .set("X-RateLimit-Reset", String.valueOf(System.currentTimeMillis() / 1000 + 3600));
        exchange.getResponseHeaders()
                .set(
                        "X-RateLimit-Resource",
                        exchange.getRequestURI().getPath().endsWith("/graphql") ? "graphql" : "core");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String user(String base) {
        return """
                {"login":"%1$s","id":1000001,"node_id":"U_training","avatar_url":"https://avatars.githubusercontent.com/u/1000001?v=4",
                "url":"%2$s/users/%1$s","html_url":"https://github.com/%1$s","repos_url":"%2$s/users/%1$s/repos",
                "type":"User","site_admin":false,"name":"%1$s","company":null,"blog":"","location":null,"email":null,
                "bio":null,"public_repos":1,"public_gists":0,"followers":0,"following":0,
                "created_at":"2020-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}
                """.formatted(LOGIN, base);
    }

    private static String repository(String base) {
        return """
                {"id":2000001,"node_id":"R_training","name":"%3$s","full_name":"%1$s/%3$s","private":false,
                "owner":{"login":"%1$s","id":1000001,"node_id":"U_training","url":"%2$s/users/%1$s",
                "html_url":"https://github.com/%1$s","type":"User","site_admin":false},
                "html_url":"https://github.com/%1$s/%3$s","description":"Predicts which customers will leave",
                "fork":false,"url":"%2$s/repos/%1$s/%3$s","created_at":"2025-06-01T10:00:00Z",
                "updated_at":"2026-01-02T10:00:00Z","pushed_at":"2026-01-02T10:00:00Z",
                "git_url":"git://github.com/%1$s/%3$s.git","clone_url":"https://github.com/%1$s/%3$s.git",
                "homepage":"https://churn-demo.example.app","size":12,"stargazers_count":3,"watchers_count":3,
                "language":"Python","has_issues":true,"has_pages":false,"forks_count":0,"archived":false,
                "disabled":false,"open_issues_count":0,"license":{"key":"mit","name":"MIT License","spdx_id":"MIT"},
                "allow_forking":true,"is_template":false,"topics":["machine-learning","mlops"],"visibility":"public",
                "forks":0,"open_issues":0,"watchers":3,"default_branch":"main",
                "permissions":{"admin":false,"maintain":false,"push":false,"triage":false,"pull":true}}
                """.formatted(LOGIN, base, REPO);
    }

    private static String tree(String base) {
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String sha = String.format("%040x", ++n);
            entries.append(entries.isEmpty() ? "" : ",")
                    .append("{\"path\":\"")
                    .append(file.getKey())
                    .append("\",\"mode\":\"100644\",\"type\":\"blob\",\"sha\":\"")
                    .append(sha)
                    .append("\",\"size\":")
                    .append(file.getValue().getBytes(StandardCharsets.UTF_8).length)
                    .append(",\"url\":\"")
                    .append(base)
                    .append("/repos/")
                    .append(LOGIN)
                    .append('/')
                    .append(REPO)
                    .append("/git/blobs/")
                    .append(sha)
                    .append("\"}");
        }
        return "{\"sha\":\"" + TREE + "\",\"url\":\"" + base + "/repos/" + LOGIN + "/" + REPO + "/git/trees/" + TREE
                + "\",\"tree\":[" + entries + "],\"truncated\":false}";
    }

    private static String ref(String base) {
        return "{\"ref\":\"refs/heads/main\",\"node_id\":\"REF_training\",\"url\":\"" + base + "/repos/" + LOGIN + "/"
                + REPO + "/git/refs/heads/main\",\"object\":{\"sha\":\"" + COMMIT + "\",\"type\":\"commit\",\"url\":\""
                + base + "/repos/" + LOGIN + "/" + REPO + "/git/commits/" + COMMIT + "\"}}";
    }

    /** The default branch of every repository the query names, as GitHub's GraphQL API answers. */
    private static String heads(String query) {
        StringBuilder data = new StringBuilder();
        Matcher alias = GRAPHQL_REPO.matcher(query.replace("\\\"", "\""));
        while (alias.find()) {
            data.append(data.isEmpty() ? "" : ",")
                    .append('"')
                    .append(alias.group(1))
                    .append("\":{\"defaultBranchRef\":{\"name\":\"main\",\"target\":{\"oid\":\"")
                    .append(COMMIT)
                    .append("\",\"tree\":{\"oid\":\"")
                    .append(TREE)
                    .append("\"}}}}");
        }
        return "{\"data\":{" + data + "}}";
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", """
                # Churn demo

                ## Problem
                A subscription business loses customers every month and wants to call the ones at risk first.

                ## Approach
                Gradient boosting on twelve months of account activity, tracked with MLflow, served with FastAPI.

                ## Results
                | model | ROC AUC |
                |---|---|
                | gradient boosting | 0.87 |

                ## What I would do differently
                Collect more recent data and monitor drift.
                """);
        files.put("requirements.txt", "scikit-learn==1.5.0\nmlflow==2.13.0\nfastapi==0.111.0\n");
        files.put("src/train.py", """
                import mlflow
                from sklearn.ensemble import GradientBoostingClassifier

                def train(features, labels):
                    with mlflow.start_run():
                        model = GradientBoostingClassifier().fit(features, labels)
                        mlflow.sklearn.log_model(model, "model", registered_model_name="churn")
                    return model
                """);
        files.put("src/serve.py", """
                from fastapi import FastAPI

                app = FastAPI()

                @app.post("/predict")
                def predict(payload: dict) -> dict:
                    return {"churn": 0.1}
                """);
        files.put(
                "tests/test_serve.py",
                "from src.serve import predict\n\ndef test_predict():\n    assert predict({})\n");
        files.put("Dockerfile", "FROM python:3.11-slim\nCOPY . /app\nCMD [\"uvicorn\", \"src.serve:app\"]\n");
        files.put("notebooks/eda.ipynb", """
                {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                "source": ["import pandas as pd\\n", "df = pd.read_csv('accounts.csv')"]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        return Map.copyOf(files);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "hireable-training-github");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
