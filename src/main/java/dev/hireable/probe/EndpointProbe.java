package dev.hireable.probe;

import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Checks that one URL answers: GET only, a time limit for the whole probe, redirects followed by hand (at most a
 * few, loops detected), a bounded read, a clear user agent. Every hop's host is checked against the
 * {@link AddressPolicy} after resolution, and the connection goes to exactly the addresses checked (the client's
 * DNS is this class's guarded resolver, and no proxy is used), so a redirect or a second DNS answer cannot lead
 * to a private address.
 */
public final class EndpointProbe {

    private final ProbeVocabulary vocabulary;
    private final ProbeSettings settings;
    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final OkHttpClient client;
    private final String userAgent;

    public EndpointProbe(ProbeVocabulary vocabulary, ProbeSettings settings, HostResolver resolver, AddressPolicy policy) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.resolver = resolver;
        this.policy = policy;
        this.userAgent = vocabulary.userAgent().replace("{version}", settings.version());
        long millis = settings.timeout().toMillis();
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns())
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS)
                .callTimeout(millis, TimeUnit.MILLISECONDS)
                .build();
    }

    /** An address refused by the policy, raised from inside the client's DNS lookup. */
    private static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private final class GuardedDns implements Dns {
        @Override
        public List<InetAddress> lookup(String host) throws UnknownHostException {
            return checkedAddresses(host);
        }
    }

    /** Resolves a host and checks every address; a single refused address refuses the host. */
    private List<InetAddress> checkedAddresses(String host) throws UnknownHostException {
        Optional<String> byName = policy.refuseName(host);
        if (byName.isPresent()) {
            throw new Refused(byName.get());
        }
        HostLiteral.Reading reading = HostLiteral.read(host);
        List<InetAddress> addresses;
        if (reading instanceof HostLiteral.Malformed malformed) {
            throw new Refused(malformed.reason());
        } else if (reading instanceof HostLiteral.Address literal) {
            addresses = List.of(literal.address());
        } else {
            addresses = resolver.resolve(((HostLiteral.Name) reading).host());
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host + " has no address");
            }
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = policy.refuse(address);
            if (refused.isPresent()) {
                throw new Refused(host.equals(address.getHostAddress()) ? refused.get() : host + " resolves to " + refused.get());
            }
        }
        return addresses;
    }

    public ProbeResult probe(String url) {
        long start = System.nanoTime();
        long deadline = start + settings.timeout().toNanos();
        List<String> redirects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        HttpUrl current = HttpUrl.parse(url);
        if (current == null) {
            return result(url, ProbeResult.Verdict.REFUSED, null, start, redirects, null, "it is not an http(s) URL", 0);
        }
        while (true) {
            seen.add(current.toString());
            Optional<String> refusal = refusal(current);
            if (refusal.isPresent()) {
                return result(url, ProbeResult.Verdict.REFUSED, null, start, redirects, null, refusal.get(), 0);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return result(url, ProbeResult.Verdict.DEAD, null, start, redirects, null, noAnswer(), 0);
            }
            try (Response response = execute(current, remaining)) {
                long answeredAt = System.nanoTime();
                int status = response.code();
                String location = response.header("Location");
                if (response.isRedirect() && location != null) {
                    HttpUrl next = current.resolve(location);
                    if (next == null) {
                        return result(url, ProbeResult.Verdict.DEAD, status, start, redirects, null,
                                "HTTP " + status + " redirects to an invalid URL", 0, answeredAt);
                    }
                    redirects.add(next.toString());
                    if (seen.contains(next.toString())) {
                        return result(url, ProbeResult.Verdict.DEAD, status, start, redirects, null,
                                "the redirects loop back to " + next, 0, answeredAt);
                    }
                    if (redirects.size() > settings.maxRedirects()) {
                        return result(url, ProbeResult.Verdict.DEAD, status, start, redirects, null,
                                "more than " + settings.maxRedirects() + " redirects", 0, answeredAt);
                    }
                    current = next;
                    continue;
                }
                byte[] body = read(response.body());
                return answered(url, current, status, body, start, answeredAt, redirects);
            } catch (Refused e) {
                return result(url, ProbeResult.Verdict.REFUSED, null, start, redirects, null, e.getMessage(), 0);
            } catch (InterruptedIOException e) {
                return result(url, ProbeResult.Verdict.DEAD, null, start, redirects, null, noAnswer(), 0);
            } catch (IOException e) {
                return result(url, ProbeResult.Verdict.DEAD, null, start, redirects, null, "could not connect ("
                        + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + ")", 0);
            }
        }
    }

    private ProbeResult answered(String url, HttpUrl at, int status, byte[] body, long start, long answeredAt,
                                 List<String> redirects) {
        String text = new String(body, StandardCharsets.UTF_8);
        boolean up = status >= 200 && status < 300 || vocabulary.liveStatuses().contains(status);
        if (!up) {
            return result(url, ProbeResult.Verdict.DEAD, status, start, redirects, null, "HTTP " + status, body.length, answeredAt);
        }
        Optional<String> down = vocabulary.downMarkers().stream().filter(text::contains).findFirst();
        if (down.isPresent()) {
            return result(url, ProbeResult.Verdict.DEAD, status, start, redirects, null,
                    "HTTP " + status + ", but the page says the app is not running (" + down.get() + ")", body.length, answeredAt);
        }
        Optional<String> recognised = recognise(at, text).or(() -> lookAgain(at, start));
        return result(url, ProbeResult.Verdict.LIVE, status, start, redirects, recognised.orElse(null),
                "HTTP " + status, body.length, answeredAt);
    }

    private Optional<String> recognise(HttpUrl at, String body) {
        String hostAndPath = at.host() + at.encodedPath();
        return vocabulary.recognisers().stream().filter(r -> r.recognises(hostAndPath, body))
                .map(ProbeVocabulary.Recogniser::name).findFirst();
    }

    /** One more GET on the same origin per recogniser path (e.g. /openapi.json), within the same deadline. */
    private Optional<String> lookAgain(HttpUrl at, long start) {
        for (ProbeVocabulary.Recogniser recogniser : vocabulary.recognisers()) {
            for (String path : recogniser.probePaths()) {
                HttpUrl extra = at.newBuilder().encodedPath(path).query(null).build();
                long remaining = start + settings.timeout().toNanos() - System.nanoTime();
                if (remaining <= 0 || extra.equals(at) || refusal(extra).isPresent()) {
                    continue;
                }
                try (Response response = execute(extra, remaining)) {
                    if (response.isSuccessful() && recogniser.recognises("", new String(read(response.body()), StandardCharsets.UTF_8))) {
                        return Optional.of(recogniser.name());
                    }
                } catch (IOException e) {
                    // the endpoint itself answered; the extra look is only a bonus
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(HttpUrl url) {
        if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
            return Optional.of("only http and https URLs are probed");
        }
        try {
            checkedAddresses(url.host());
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.empty(); // the request reports the lookup failure as a dead URL
        }
    }

    private Response execute(HttpUrl url, long remainingNanos) throws IOException {
        Request request = new Request.Builder().url(url).get()
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .build();
        Call call = client.newCall(request);
        call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
        return call.execute();
    }

    private byte[] read(ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            return in.readNBytes(settings.maxBytes());
        }
    }

    private String noAnswer() {
        return "no answer within " + describe(settings.timeout().toMillis());
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static ProbeResult result(String url, ProbeResult.Verdict verdict, Integer status, long start,
                                      List<String> redirects, String recognised, String detail, long bytes) {
        return result(url, verdict, status, start, redirects, recognised, detail, bytes, System.nanoTime());
    }

    private static ProbeResult result(String url, ProbeResult.Verdict verdict, Integer status, long start,
                                      List<String> redirects, String recognised, String detail, long bytes, long end) {
        return new ProbeResult(url, verdict, Optional.ofNullable(status), (end - start) / 1_000_000, redirects,
                Optional.ofNullable(recognised), detail, bytes);
    }
}
