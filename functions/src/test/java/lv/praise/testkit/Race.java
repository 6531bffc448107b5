package lv.praise.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs tasks that start at the same moment, for the tests of what happens when people act at once. */
public final class Race {
    private Race() {
    }

    /** Runs n tasks on the pool, released together, and returns their results in order (a task's failure is thrown). */
    public static List<String> run(ExecutorService pool, int n, Function<Integer, String> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<String> call = () -> {
                start.await();
                return task.apply(index);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
