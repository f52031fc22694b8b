package dev.hireable.source.github;

import dev.hireable.snapshot.UrlPaths;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Downloads file bodies from the raw content host ({@code RAW/owner/name/ref/path}), which does not spend the API
 * rate limit. Many at once, each cut off one byte past the size limit so a file larger than the tree said is
 * never read whole.
 */
final class RawFiles {

    /** What one download gave: the bytes, or why not. */
    record Download(Optional<byte[]> bytes, String failure) {
        static Download of(byte[] bytes) {
            return new Download(Optional.of(bytes), "");
        }

        static Download failed(String why) {
            return new Download(Optional.empty(), why);
        }
    }

    private final OkHttpClient client;
    private final Endpoints endpoints;
    private final long maxFileBytes;

    RawFiles(OkHttpClient client, Endpoints endpoints, long maxFileBytes) {
        this.client = client;
        this.endpoints = endpoints;
        this.maxFileBytes = maxFileBytes;
    }

    /** Downloads every path at once (the HTTP dispatcher bounds the parallelism); keys are the paths given. */
    Map<String, Download> fetchAll(String owner, String name, String ref, List<String> paths) throws InterruptedException {
        Map<String, CompletableFuture<Download>> pending = new LinkedHashMap<>();
        for (String path : paths) {
            CompletableFuture<Download> future = new CompletableFuture<>();
            Call call = client.newCall(request(owner, name, ref, path));
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call failed, IOException e) {
                    future.complete(Download.failed("downloading it failed (" + e.getClass().getSimpleName() + ")"));
                }

                @Override
                public void onResponse(Call done, Response response) {
                    try (response) {
                        future.complete(read(response));
                    } catch (IOException | RuntimeException e) {
                        future.complete(Download.failed("downloading it failed (" + e.getClass().getSimpleName() + ")"));
                    }
                }
            });
            pending.put(path, future);
        }
        Map<String, Download> results = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, CompletableFuture<Download>> entry : pending.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
        } catch (ExecutionException | CompletionException e) {
            throw new IllegalStateException("a download future failed", e);
        } catch (InterruptedException e) {
            client.dispatcher().cancelAll();
            throw e;
        }
        return results;
    }

    /** One file, e.g. the profile README; empty when the host has no such file. */
    Optional<byte[]> fetch(String owner, String name, String ref, String path) throws IOException {
        try (Response response = client.newCall(request(owner, name, ref, path)).execute()) {
            return read(response).bytes();
        }
    }

    private Request request(String owner, String name, String ref, String path) {
        return new Request.Builder().url(endpoints.rawFile(owner, name, UrlPaths.encode(ref), UrlPaths.encode(path))).get().build();
    }

    private Download read(Response response) throws IOException {
        if (response.code() != 200) {
            return Download.failed("the raw file host answered " + response.code());
        }
        ResponseBody body = response.body();
        try (InputStream in = body.byteStream()) {
            return Download.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1)));
        }
    }
}
