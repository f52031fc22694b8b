package dev.hireable.source.http;

import java.time.Duration;

/** Waits between retries. Tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
