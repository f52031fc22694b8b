package dev.hireable.source.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads file bodies from a file host (GitHub's raw content host), which does not spend the API rate limit.
 * Many at once, each cut off one byte past the size limit so a file larger than the listing said is never read
 * whole.
 */
public final class Downloads {

    /** What one download gave: the bytes, or why not. */
    public record Download(Optional<byte[]> bytes, String failure) {
        static Download of(byte[] bytes) {
            return new Download(Optional.of(bytes), "");
        }

        static Download failed(String why) {
            return new Download(Optional.empty(), why);
        }
    }

    private final OkHttpClient client;
    private final long maxFileBytes;

    public Downloads(OkHttpClient client, long maxFileBytes) {
        this.client = client;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Downloads every URL at once (the HTTP dispatcher bounds the parallelism); the answer has the keys given. When
     * the waiting thread is interrupted, these downloads (and no others) are cancelled.
     */
    public <K> Map<K, Download> fetchAll(Map<K, HttpUrl> urls) throws InterruptedException {
        Map<K, CompletableFuture<Download>> pending = new LinkedHashMap<>();
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<K, HttpUrl> entry : urls.entrySet()) {
            CompletableFuture<Download> future = new CompletableFuture<>();
            Call call = client.newCall(request(entry.getValue()));
            calls.add(call);
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call failed, IOException e) {
                    future.complete(Download.failed(
                            "downloading it failed (" + e.getClass().getSimpleName() + ")"));
                }

                @Override
                public void onResponse(Call done, Response response) {
                    try (response) {
                        future.complete(read(response));
                    } catch (IOException | RuntimeException e) {
                        future.complete(Download.failed(
                                "downloading it failed (" + e.getClass().getSimpleName() + ")"));
                    } catch (Error e) {
                        // the thread waiting for this download must hear of it (e.g. out of memory), never wait for
                        // ever
                        future.completeExceptionally(e);
                        throw e;
                    }
                }
            });
            pending.put(entry.getKey(), future);
        }
        Map<K, Download> results = new LinkedHashMap<>();
        try {
            for (Map.Entry<K, CompletableFuture<Download>> entry : pending.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
        } catch (ExecutionException | CompletionException e) {
            calls.forEach(Call::cancel);
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a download future failed", e);
        } catch (InterruptedException e) {
            calls.forEach(Call::cancel);
            throw e;
        }
        return results;
    }

    /** One file, e.g. a profile README; empty when the host has no such file. */
    public Optional<byte[]> fetch(HttpUrl url) throws IOException {
        try (Response response = client.newCall(request(url)).execute()) {
            return read(response).bytes();
        }
    }

    private static Request request(HttpUrl url) {
        return new Request.Builder().url(url).get().build();
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
