package press.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's parallel loop: every index once, results in index order, failures as thrown, no thread left idle behind a slow one. */
class SharesTest {
    private final ForkJoinPool two = new ForkJoinPool(2);

    @AfterEach
    void stop() {
        two.shutdown();
    }

    @Test
    void everyIndexRunsOnceAndTheResultsKeepTheirOrder() {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            for (int n : new int[] {0, 1, 2, 63, 64, 65, 1000, 100_003}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, n));
                List<String> out = Shares.map(pool, n, i -> {
                    runs.incrementAndGet(i);
                    return "#" + i;
                });
                assertEquals(IntStream.range(0, n).mapToObj(i -> "#" + i).toList(), out, "n=" + n);
                for (int i = 0; i < n; i++) assertEquals(1, runs.get(i), "index " + i + " of " + n);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The point of the class: a thread held on one index does not hold the indexes after it. A
     * parallel stream gives each thread a fixed quarter of the range, so the held index's quarter
     * would wait with it (here: forever, the latch needs them all).
     */
    @Test
    void whileOneThreadIsHeldTheOthersTakeEverythingElse() throws Exception {
        int n = 10_000;
        int heldBatch = Math.max(1, Math.min(Shares.MAX_BATCH, n / (2 * 64))); // the held thread's first batch waits with it
        CountDownLatch rest = new CountDownLatch(n - heldBatch);
        AtomicInteger outOfTime = new AtomicInteger();
        Shares.forEach(two, n, i -> {
            if (i == 0) {
                try {
                    if (!rest.await(20, TimeUnit.SECONDS)) outOfTime.incrementAndGet();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            } else if (i >= heldBatch) {
                rest.countDown();
            }
        });
        assertEquals(0, outOfTime.get(), "the indexes after the held one waited for it");
    }

    @Test
    void theFirstFailureIsThrownAsItWasOnceTheOtherThreadsHaveEnded() {
        UncheckedIOException thrown = new UncheckedIOException(new java.io.IOException("disk full"));
        AtomicInteger running = new AtomicInteger();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Shares.forEach(two, 10_000, i -> {
            running.incrementAndGet();
            try {
                if (i == 5000) throw thrown;
            } finally {
                running.decrementAndGet();
            }
        }));
        assertSame(thrown, e);
        assertEquals(0, running.get(), "a thread was still in the loop when the failure was thrown");
        assertThrows(OutOfMemoryError.class, () -> Shares.forEach(two, 10, i -> {
            if (i == 3) throw new OutOfMemoryError("test");
        }));
    }

    @Test
    void aLoopInsideALoopOnTheSamePoolEnds() {
        List<Integer> sums = Shares.map(two, 50, i -> Shares.map(two, 1000, j -> i * j).stream().mapToInt(Integer::intValue).sum());
        for (int i = 0; i < 50; i++) assertEquals(i * 499_500, sums.get(i));
        assertTrue(two.awaitQuiescence(5, TimeUnit.SECONDS));
    }
}
