package dev.hireable.source.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the API's X-RateLimit headers said last, per resource ({@code core}, {@code graphql}), and how many
 * requests went out: API requests that count against the limit, 304 revalidations that do not, and file downloads
 * from the raw content host, which have no API limit.
 */
public final class RateLimits {

    /** One resource's budget as of the latest response. */
    public record Budget(int limit, int remaining, Instant reset) {}

    /** How many requests of each kind went out. */
    public record Counts(int rateLimited, int notModified, int raw) {}

    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger raw = new AtomicInteger();
    private volatile boolean exhausted;

    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    void recordApi(
            int status,
            Optional<String> resource,
            Optional<String> limit,
            Optional<String> remaining,
            Optional<String> reset) {
        if (status == 304) {
            notModified.incrementAndGet();
        } else {
            rateLimited.incrementAndGet();
        }
        try {
            if (limit.isPresent() && remaining.isPresent() && reset.isPresent()) {
                Budget budget = new Budget(
                        Integer.parseInt(limit.get().trim()),
                        Integer.parseInt(remaining.get().trim()),
                        Instant.ofEpochSecond(Long.parseLong(reset.get().trim())));
                String name = resource.orElse("core");
                budgets.put(name, budget);
                if ("core".equals(name) && budget.remaining() == 0 && (status == 403 || status == 429)) {
                    exhausted = true;
                } else if ("core".equals(name) && budget.remaining() > 0) {
                    exhausted = false;
                }
            }
        } catch (NumberFormatException ignored) {
            // GitHub always sends numbers; a proxy that mangles them leaves the budget unknown
        }
    }

    void recordRaw() {
        raw.incrementAndGet();
    }

    public void markExhausted() {
        exhausted = true;
    }

    /** The core (REST) budget, when a response has shown it. */
    public Optional<Budget> core() {
        return Optional.ofNullable(budgets.get("core"));
    }

    /** Requests left in the core budget, when known. */
    public Optional<Integer> remaining() {
        return core().map(Budget::remaining);
    }

    /** Whether the core budget, when known, resets within {@code wait} from now. */
    public boolean resetsWithin(Duration wait) {
        return core().map(budget -> !budget.reset().isAfter(clock.instant().plus(wait)))
                .orElse(false);
    }

    /** True once the API refused a request because the primary limit is spent. */
    public boolean exhausted() {
        return exhausted;
    }

    public Counts counts() {
        return new Counts(rateLimited.get(), notModified.get(), raw.get());
    }

    /** "it resets at 14:32 UTC, in 37 min", or a vaguer sentence when the API did not say. */
    public String resetDescription() {
        Optional<Budget> core = core();
        if (core.isEmpty()) {
            return "the API did not say when it resets (usually within the hour)";
        }
        Instant reset = core.get().reset();
        long minutes = Math.max(0, Duration.between(clock.instant(), reset).toSeconds() + 59) / 60;
        return "it resets at " + CLOCK_TIME.format(reset) + " UTC, in "
                + (minutes <= 1 ? "about a minute" : minutes + " min");
    }
}
