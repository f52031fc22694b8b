package dev.hireable.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that one URL answers: GET only, a time limit for the whole probe, redirects followed by hand (at most a
 * few, loops detected), a bounded read, a clear user agent. Every hop's host is resolved with the injected
 * {@link HostResolver}, every address is checked against the {@link AddressPolicy}, and the connection goes to
 * exactly the addresses checked, so neither a redirect nor a second DNS answer can lead to a private address.
 */
public final class EndpointProbe {

    private final ProbeVocabulary vocabulary;
    private final ProbeSettings settings;
    private final HostResolver resolver;
    private final AddressPolicy policy;
    private final String userAgent;

    public EndpointProbe(
            ProbeVocabulary vocabulary, ProbeSettings settings, HostResolver resolver, AddressPolicy policy) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.resolver = resolver;
        this.policy = policy;
        this.userAgent = vocabulary.userAgent().replace("{version}", settings.version());
    }

    /** A host the policy refuses, with the reason. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    public ProbeResult probe(String url) {
        Attempt attempt = new Attempt(url);
        Optional<ProbeUrl> parsed = ProbeUrl.parse(url);
        if (parsed.isEmpty()) {
            return attempt.refused("it is not an http(s) URL");
        }
        ProbeUrl current = parsed.get();
        Set<String> seen = new HashSet<>();
        while (true) {
            seen.add(current.toString());
            try {
                HttpGet.Response response = HttpGet.get(
                        current,
                        checkedAddresses(current.bareHost()),
                        userAgent,
                        settings.maxBytes(),
                        attempt.deadline);
                if (!response.redirect() || response.header("location").isEmpty()) {
                    return answered(attempt, current, response);
                }
                Optional<ProbeUrl> next =
                        current.resolve(response.header("location").get());
                if (next.isEmpty()) {
                    return attempt.dead(response, "HTTP " + response.status() + " redirects to an invalid URL");
                }
                attempt.redirects.add(next.get().toString());
                if (seen.contains(next.get().toString())) {
                    return attempt.dead(response, "the redirects loop back to " + next.get());
                }
                if (attempt.redirects.size() > settings.maxRedirects()) {
                    return attempt.dead(response, "more than " + settings.maxRedirects() + " redirects");
                }
                current = next.get();
            } catch (Refused e) {
                return attempt.refused(e.getMessage());
            } catch (SocketTimeoutException e) {
                return attempt.dead(
                        null, "no answer within " + describe(settings.timeout().toMillis()));
            } catch (UnknownHostException e) {
                return attempt.dead(null, "could not connect (" + current.bareHost() + " is not a known host)");
            } catch (IOException e) {
                return attempt.dead(
                        null,
                        "could not connect ("
                                + Optional.ofNullable(e.getMessage())
                                        .orElse(e.getClass().getSimpleName()) + ")");
            }
        }
    }

    /** Resolves a host and checks every address; a single refused address refuses the host. */
    private List<InetAddress> checkedAddresses(String host) throws Refused, UnknownHostException {
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
                throw new UnknownHostException(host);
            }
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = policy.refuse(address);
            if (refused.isPresent()) {
                throw new Refused(
                        reading instanceof HostLiteral.Address
                                ? refused.get()
                                : host + " resolves to " + refused.get());
            }
        }
        return addresses;
    }

    private ProbeResult answered(Attempt attempt, ProbeUrl at, HttpGet.Response response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.status();
        boolean up = status >= 200 && status < 300 || vocabulary.liveStatuses().contains(status);
        if (!up) {
            return attempt.dead(response, "HTTP " + status);
        }
        Optional<String> down =
                vocabulary.downMarkers().stream().filter(text::contains).findFirst();
        if (down.isPresent()) {
            return attempt.dead(
                    response, "HTTP " + status + ", but the page says the app is not running (" + down.get() + ")");
        }
        Optional<String> recognised = recognise(at, text).or(() -> lookAgain(at, attempt.deadline));
        return attempt.live(response, recognised);
    }

    private Optional<String> recognise(ProbeUrl at, String body) {
        String hostAndPath = at.bareHost() + at.pathAndQuery();
        return vocabulary.recognisers().stream()
                .filter(r -> r.recognises(hostAndPath, body))
                .map(ProbeVocabulary.Recogniser::name)
                .findFirst();
    }

    /** One more GET on the same origin per recogniser path (e.g. /openapi.json), within the same deadline. */
    private Optional<String> lookAgain(ProbeUrl at, long deadline) {
        for (ProbeVocabulary.Recogniser recogniser : vocabulary.recognisers()) {
            for (String path : recogniser.probePaths()) {
                Optional<ProbeUrl> extra =
                        at.withPath(path).filter(u -> !u.pathAndQuery().equals(at.pathAndQuery()));
                if (extra.isEmpty() || deadline <= System.nanoTime()) {
                    continue;
                }
                try {
                    HttpGet.Response response = HttpGet.get(
                            extra.get(),
                            checkedAddresses(extra.get().bareHost()),
                            userAgent,
                            settings.maxBytes(),
                            deadline);
                    if (response.status() / 100 == 2
                            && recogniser.recognises("", new String(response.body(), StandardCharsets.UTF_8))) {
                        return Optional.of(recogniser.name());
                    }
                } catch (IOException | Refused e) {
                    // the endpoint itself answered; the second look is only a bonus
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** One probe under way: its start, deadline and redirects, and how it ends. */
    private final class Attempt {
        private final String url;
        private final long start = System.nanoTime();
        private final long deadline = start + settings.timeout().toNanos();
        private final List<String> redirects = new ArrayList<>();

        Attempt(String url) {
            this.url = url;
        }

        ProbeResult refused(String detail) {
            return result(ProbeResult.Verdict.REFUSED, null, Optional.empty(), detail);
        }

        ProbeResult dead(HttpGet.Response response, String detail) {
            return result(ProbeResult.Verdict.DEAD, response, Optional.empty(), detail);
        }

        ProbeResult live(HttpGet.Response response, Optional<String> recognised) {
            return result(ProbeResult.Verdict.LIVE, response, recognised, "HTTP " + response.status());
        }

        private ProbeResult result(
                ProbeResult.Verdict verdict, HttpGet.Response response, Optional<String> recognised, String detail) {
            long end = response == null ? System.nanoTime() : response.headersAtNanos();
            return new ProbeResult(
                    url,
                    verdict,
                    Optional.ofNullable(response).map(HttpGet.Response::status),
                    (end - start) / 1_000_000,
                    redirects,
                    recognised,
                    detail,
                    response == null ? 0 : response.body().length);
        }
    }
}
