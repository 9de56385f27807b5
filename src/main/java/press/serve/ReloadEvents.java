package press.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The Server-Sent Events stream that tells open pages a build finished. Every stream first sends
 * the current generation, then each new one; a page reloads when the generation differs from
 * the one it was served with, so an event missed while reconnecting is never lost. Streams end
 * by themselves after a fixed life (the browser reconnects after {@code retry}), which keeps them
 * under the server's response time limit, and send a comment every few seconds so a vanished
 * client frees its slot. At most {@code maxClients} streams are open; more get 503.
 */
final class ReloadEvents {
    private static final long KEEP_ALIVE_MILLIS = 5_000;

    private final Semaphore slots;
    private final long lifeMillis;
    private final Supplier<BuildState> state;
    private final Object changed = new Object();
    private volatile boolean closed;
    /** The output files of the pages with a stream open, each with how many: the pages open in a browser (at most the stream cap). */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> open = new java.util.concurrent.ConcurrentHashMap<>();

    ReloadEvents(int maxClients, Duration life, Supplier<BuildState> state) {
        this.slots = new Semaphore(maxClients);
        this.lifeMillis = life.toMillis();
        this.state = state;
    }

    void publish() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** The output files of the pages open now ({@code posts/a/index.html}), as their reload streams named them. */
    java.util.Set<String> openPages() {
        return java.util.Set.copyOf(open.keySet());
    }

    /**
     * The output file a stream's {@code ?page=} names (the page's {@code location.pathname}),
     * checked as a request path is; null when there is none or it is not a path the server serves.
     */
    static String page(String rawQuery) {
        if (rawQuery == null) return null;
        for (String part : rawQuery.split("&")) {
            if (!part.startsWith("page=")) continue;
            try {
                String raw = java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                if (!raw.startsWith("/")) return null;
                RequestPath path = RequestPath.decode(raw);
                String file = String.join("/", path.segments());
                return path.trailingSlash() || file.isEmpty() ? (file.isEmpty() ? "" : file + "/") + "index.html" : file;
            } catch (Refusal | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    void close() {
        closed = true;
        publish();
    }

    void serve(HttpExchange ex, boolean head) throws IOException {
        if (!slots.tryAcquire()) {
            ex.getResponseHeaders().set("Retry-After", "5");
            Replies.plain(ex, 503, "too many reload streams\n", head);
            return;
        }
        String page = page(ex.getRequestURI().getRawQuery());
        if (page != null) open.merge(page, 1, Integer::sum);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (head) {
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            long sent = -1;
            long end = System.nanoTime() + lifeMillis * 1_000_000;
            write(out, "retry: 1000\n\n");
            while (!closed) {
                long now = System.nanoTime();
                long current = state.get().generation();
                if (current != sent) {
                    write(out, "event: build\ndata: " + current + "\n\n");
                    sent = current;
                } else if (now >= end) {
                    break;
                } else {
                    synchronized (changed) {
                        if (state.get().generation() == sent && !closed) {
                            changed.wait(Math.max(1, Math.min(KEEP_ALIVE_MILLIS, (end - now) / 1_000_000)));
                        }
                    }
                    if (state.get().generation() == sent && System.nanoTime() < end) write(out, ": keep-alive\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (page != null) open.computeIfPresent(page, (k, n) -> n == 1 ? null : n - 1);
            slots.release();
            ex.close();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
