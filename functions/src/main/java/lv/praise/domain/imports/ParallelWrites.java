package lv.praise.domain.imports;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs one write per item on a few threads, because a first import of a few thousand participants
 * one request after another would take most of a function's time limit. Stops starting writes at
 * the first failure and throws it once the running ones are done.
 */
final class ParallelWrites {
    static final int THREADS = 8;

    private ParallelWrites() {
    }

    static <T> void run(List<T> items, Consumer<T> write) {
        if (items.size() <= 1) {
            items.forEach(write);
            return;
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "import-write");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (T item : items) {
                pool.execute(() -> {
                    if (failure.get() != null) {
                        return;
                    }
                    try {
                        write.accept(item);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: the function's own time limit ends a stuck import
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
