package dev.hireable.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final RateLimits limits = new RateLimits(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSpentLimitResetsWithinAWaitOnlyWhenItsResetIsThatClose() {
        assertThat(limits.resetsWithin(Duration.ofMinutes(1)))
                .as("unknown budget")
                .isFalse();

        spentUntil(NOW.plusSeconds(20));
        assertThat(limits.resetsWithin(Duration.ofMinutes(1))).isTrue();

        spentUntil(NOW.plusSeconds(3000));
        assertThat(limits.resetsWithin(Duration.ofMinutes(1))).isFalse();
    }

    private void spentUntil(Instant reset) {
        limits.recordApi(
                403,
                Optional.of("core"),
                Optional.of("5000"),
                Optional.of("0"),
                Optional.of(String.valueOf(reset.getEpochSecond())));
    }
}
