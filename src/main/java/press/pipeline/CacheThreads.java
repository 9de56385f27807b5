package press.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The threads a {@link BuildCache} reads and writes its parts on, each part on one of its own. */
final class CacheThreads {
    private CacheThreads() {}

    /** One part's read or write. */
    interface Load<T> {
        T get() throws IOException;
    }

    /**
     * Runs each of {@code loads} on a daemon thread of its own (not the common pool, which has one
     * thread on a 2-core machine); an {@link IOException} comes out wrapped, as an {@link UncheckedIOException}.
     */
    static List<CompletableFuture<Object>> started(String name, List<Load<?>> loads) {
        ExecutorService threads = Executors.newFixedThreadPool(loads.size(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // a build that stops before it needs the cache (a config problem) exits without waiting for it
            return t;
        });
        try {
            return loads.stream().map(load -> CompletableFuture.<Object>supplyAsync(() -> io(load), threads)).toList();
        } finally {
            threads.shutdown(); // the tasks given run to their end
        }
    }

    /** Done when every one of {@code parts} is. */
    static CompletableFuture<Void> all(List<CompletableFuture<Object>> parts) {
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
    }

    private static <T> T io(Load<T> load) {
        try {
            return load.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
