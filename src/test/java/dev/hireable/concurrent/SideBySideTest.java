package dev.hireable.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tasks run on the caller and idle pool workers, each item exactly once, failures surfacing after all ended. */
class SideBySideTest {

    @Test
    void runsEveryItemExactlyOnce() {
        for (int count : new int[] {0, 1, 2, 3, 50, 1_000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(count);
            SideBySide.forEachIndex(count, runs::incrementAndGet);
            assertThat(IntStream.range(0, count).map(runs::get).allMatch(n -> n == 1))
                    .as("%d items", count)
                    .isTrue();
        }
    }

    @Test
    void returnsOnlyWhenTheItemsOtherThreadsTookAreDone() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        SideBySide.forEach(List.of(1, 2, 3, 4), item -> {
            sleep(20L * item);
            done.add(item);
        });
        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void throwsTheFailureOfAnItemAfterTheOthersRan() {
        AtomicIntegerArray runs = new AtomicIntegerArray(6);
        assertThatThrownBy(() -> SideBySide.forEachIndex(6, i -> {
                    runs.incrementAndGet(i);
                    if (i == 2) {
                        throw new IllegalArgumentException("item 2 failed");
                    }
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 2 failed");
        assertThat(IntStream.range(0, 6).map(runs::get).sum()).isEqualTo(6);
    }

    @Test
    void throwsTheFailureOfTheLowestIndexWhicheverFailedFirst() {
        for (int round = 0; round < 20; round++) {
            assertThatThrownBy(() -> SideBySide.forEachIndex(4, i -> {
                        if (i == 1) {
                            sleep(15); // the later item fails first
                            throw new IllegalStateException("item 1");
                        }
                        if (i == 3) {
                            throw new IllegalStateException("item 3");
                        }
                    }))
                    .hasMessage("item 1");
        }
    }

    @Test
    void keepsTheCallersInterruptAndStillWaitsForEveryItem() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        Thread.currentThread().interrupt();
        try {
            SideBySide.forEach(List.of(1, 2, 3), item -> {
                sleepIgnoringInterrupt(10);
                done.add(item);
            });
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(done).containsExactlyInAnyOrder(1, 2, 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepIgnoringInterrupt(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
