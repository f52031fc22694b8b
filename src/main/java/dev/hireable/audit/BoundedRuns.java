package dev.hireable.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs one task per repository, up to {@code concurrency} at once, each within a deadline counted from its own start.
 * A task past its deadline gets its fallback result at once, and its thread is interrupted and left behind (a daemon:
 * work stuck in a loop cannot be stopped, only ignored), so its place goes to the next repository and no single
 * repository holds an audit or a batch hostage. The first task that fails stops the rest from starting.
 */
final class BoundedRuns {

    private BoundedRuns() {}

    /**
     * @param onTimeout the result for the task at an index that ran past the deadline
     * @return the results in the order of the tasks
     * @throws ExecutionException with the failure of the first task that failed
     */
    static <T> List<T> run(List<Callable<T>> tasks, int concurrency, Duration deadline, IntFunction<T> onTimeout)
            throws InterruptedException, ExecutionException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Semaphore permits = new Semaphore(Math.max(1, concurrency));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("hireable-deadline"));
        List<CompletableFuture<T>> results = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int i = 0;
                    i < tasks.size() && results.stream().noneMatch(CompletableFuture::isCompletedExceptionally);
                    i++) {
                permits.acquire();
                CompletableFuture<T> result = new CompletableFuture<>();
                result.whenComplete((value, failure) -> permits.release());
                Callable<T> task = tasks.get(i);
                Thread worker = daemon("hireable-audit").newThread(() -> {
                    try {
                        result.complete(task.call());
                    } catch (Throwable failure) {
                        result.completeExceptionally(failure);
                    }
                });
                int index = i;
                worker.start();
                timer.schedule(
                        () -> {
                            if (!result.isDone() && result.complete(onTimeout.apply(index))) {
                                worker.interrupt();
                            }
                        },
                        deadline.toNanos(),
                        TimeUnit.NANOSECONDS);
                results.add(result);
                workers.add(worker);
            }
            List<T> values = new ArrayList<>();
            for (CompletableFuture<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            timer.shutdownNow();
            workers.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
