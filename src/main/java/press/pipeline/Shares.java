package press.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A loop over {@code 0..n-1} on a pool's threads, each taking the next few indexes when it is
 * free, so all end within a few items of each other. A parallel stream splits its range into
 * fixed leaves sized by the common pool (a quarter of the range each on a 2-core machine): when
 * a thread was slowed (a collection, the search index's thread, the compiler), the other idled
 * at the end for up to a quarter of the step (100,000 posts: one core idle for ~3 s at the end
 * of the parse).
 */
final class Shares {
    private Shares() {}

    /** At most this many indexes are taken at a time; fewer when there are few per thread. */
    static final int MAX_BATCH = 64;

    /**
     * Runs {@code body} for each index on {@code pool}'s threads (the caller's too when it is
     * one of them), and returns when all have ended. The first exception or error thrown is
     * rethrown as it was, after the other threads have stopped taking indexes and ended.
     */
    static void forEach(ForkJoinPool pool, int n, IntConsumer body) {
        if (n <= 0) return;
        int threads = Math.max(1, Math.min(pool.getParallelism(), n));
        int batch = Math.max(1, Math.min(MAX_BATCH, n / (threads * 64)));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int start; failed.get() == null && (start = next.getAndAdd(batch)) < n; ) {
                    for (int i = start, end = Math.min(n, start + batch); i < end; i++) body.accept(i);
                }
            } catch (Throwable t) {
                failed.compareAndSet(null, t);
            }
        };
        List<ForkJoinTask<?>> workers = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) workers.add(ForkJoinTask.adapt(worker));
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(workers);
        } else {
            pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(workers)));
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /** {@code f} of each index, made as {@link #forEach} does, in index order. */
    static <T> List<T> map(ForkJoinPool pool, int n, IntFunction<T> f) {
        Object[] out = new Object[Math.max(0, n)];
        forEach(pool, n, i -> out[i] = f.apply(i));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
        return list;
    }
}
