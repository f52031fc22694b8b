package dev.hireable.concurrent;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs a task for each of several items on the calling thread and on idle workers of the common pool, then waits for
 * the items the workers took without spinning. A parallel stream's caller spins through the pool's queues while it
 * waits: when every processor is already auditing another repository that only burns them. Here an item no worker
 * is free for is simply run by the caller, and the caller sleeps until the items it did not run are done.
 */
public final class SideBySide {

    private SideBySide() {}

    /**
     * Runs {@code task} on every index in [0, count). Once every task has ended, the failure of the lowest index is
     * thrown, whichever thread failed first: the one a run in order would have stopped at.
     */
    public static void forEachIndex(int count, IntConsumer task) {
        int helpers = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism());
        if (helpers <= 0) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        Shared shared = new Shared(count, task);
        for (int i = 0; i < helpers; i++) {
            ForkJoinPool.commonPool().execute(shared::work);
        }
        shared.work();
        shared.awaitRest();
    }

    /** Runs {@code task} on every item. */
    public static <T> void forEach(List<T> items, Consumer<T> task) {
        forEachIndex(items.size(), i -> task.accept(items.get(i)));
    }

    private record Failure(int index, Throwable thrown) {}

    private static final class Shared {
        private final int count;
        private final IntConsumer task;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch unfinished;
        private final AtomicReference<Failure> failure = new AtomicReference<>();

        Shared(int count, IntConsumer task) {
            this.count = count;
            this.task = task;
            this.unfinished = new CountDownLatch(count);
        }

        /** Takes items until none is left: a worker that starts after the caller took the last one does nothing. */
        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (Throwable t) {
                    Failure own = new Failure(i, t);
                    failure.accumulateAndGet(
                            own, (held, offered) -> held == null || offered.index() < held.index() ? offered : held);
                } finally {
                    unfinished.countDown();
                }
            }
        }

        /** Waits for the items taken by workers, each of which is already running (so this cannot wait on itself). */
        void awaitRest() {
            boolean interrupted = false;
            while (true) {
                try {
                    unfinished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable thrown = failure.get() == null ? null : failure.get().thrown();
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            if (thrown != null) {
                throw new IllegalStateException(thrown);
            }
        }
    }
}
