package press.serve;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reload stream on a fake exchange: the current generation first, each new one after, a fixed life, a cap on streams. */
class ReloadEventsTest {
    final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(5, List.of()));

    /** The stream without its keep-alive comments (one may fall just before the end; a browser ignores them). */
    private static String events(FakeExchange ex) {
        return ex.text().replace(": keep-alive\n\n", "");
    }

    /** Serves a stream on another thread, as the server's workers do. */
    private static CompletableFuture<Void> serveAsync(ReloadEvents events, FakeExchange ex) {
        return CompletableFuture.runAsync(() -> {
            try {
                events.serve(ex, false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void waitFor(FakeExchange ex, String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!ex.text().contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("no " + text + " in " + ex.text());
            Thread.sleep(10);
        }
    }

    @Test
    void aStreamSendsTheCurrentGenerationThenEndsAfterItsLife() throws IOException {
        ReloadEvents events = new ReloadEvents(2, Duration.ofMillis(150), state::get);
        FakeExchange ex = FakeExchange.get("/__press/events");
        long start = System.nanoTime();
        events.serve(ex, false);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 140, "ended after " + millis + " ms");
        assertEquals(200, ex.status);
        assertEquals(0, ex.length, "a stream has no length");
        assertEquals("text/event-stream; charset=utf-8", ex.header("Content-Type"));
        assertEquals("no-store", ex.header("Cache-Control"));
        assertEquals("retry: 1000\n\nevent: build\ndata: 5\n\n", events(ex));
        assertTrue(ex.closed);
    }

    /** A stream names its page; the server knows the pages open while their streams are, and takes no path it would refuse to serve. */
    @Test
    void theOpenPagesAreThoseWithAStream() throws Exception {
        assertEquals("posts/a/index.html", ReloadEvents.page("page=%2Fposts%2Fa%2F"));
        assertEquals("index.html", ReloadEvents.page("x=1&page=%2F"));
        assertEquals("old.html", ReloadEvents.page("page=%2Fold.html"));
        assertEquals("caf\u00e9/index.html", ReloadEvents.page("page=" + java.net.URLEncoder.encode("/caf%C3%A9/", java.nio.charset.StandardCharsets.UTF_8)));
        for (String bad : new String[] {null, "", "page=", "page=posts%2Fa", "page=%2F..%2Fetc", "page=%2F.git%2Fconfig", "page=%2Fa%252fb", "page=%ZZ"}) {
            assertEquals(null, ReloadEvents.page(bad), bad);
        }
        ReloadEvents events = new ReloadEvents(4, Duration.ofSeconds(10), state::get);
        FakeExchange ex = FakeExchange.get("/__press/events?page=%2Fposts%2Fa%2F");
        CompletableFuture<Void> stream = serveAsync(events, ex);
        waitFor(ex, "data: 5\n\n");
        assertEquals(java.util.Set.of("posts/a/index.html"), events.openPages());
        events.close();
        stream.get(5, TimeUnit.SECONDS);
        assertEquals(java.util.Set.of(), events.openPages(), "gone with its stream");
    }

    @Test
    void aNewGenerationIsSentWhenPublished() throws Exception {
        ReloadEvents events = new ReloadEvents(2, Duration.ofSeconds(10), state::get);
        FakeExchange ex = FakeExchange.get("/__press/events");
        CompletableFuture<Void> stream = serveAsync(events, ex);
        waitFor(ex, "data: 5\n\n");
        state.set(new BuildState(6, List.of("content/a.md: broken")));
        events.publish();
        waitFor(ex, "data: 6\n\n");
        events.close();
        stream.get(5, TimeUnit.SECONDS);
        assertEquals("retry: 1000\n\nevent: build\ndata: 5\n\nevent: build\ndata: 6\n\n", events(ex));
        assertTrue(ex.closed, "closing the events ends every stream");
    }

    @Test
    void streamsPastTheCapAre503UntilASlotIsFree() throws Exception {
        ReloadEvents events = new ReloadEvents(1, Duration.ofSeconds(10), state::get);
        FakeExchange first = FakeExchange.get("/__press/events");
        CompletableFuture<Void> stream = serveAsync(events, first);
        waitFor(first, "data: 5");
        FakeExchange second = FakeExchange.get("/__press/events");
        events.serve(second, false);
        assertEquals(503, second.status);
        assertEquals("5", second.header("Retry-After"));
        events.close();
        stream.get(5, TimeUnit.SECONDS);
        FakeExchange head = new FakeExchange("HEAD", "/__press/events");
        events.serve(head, true);
        assertEquals(200, head.status, "the slot was given back");
    }

    @Test
    void headGetsTheStreamsHeadersAndNoBodyAndFreesItsSlot() throws IOException {
        ReloadEvents events = new ReloadEvents(1, Duration.ofSeconds(10), state::get);
        for (int i = 0; i < 3; i++) {
            FakeExchange head = new FakeExchange("HEAD", "/__press/events");
            events.serve(head, true);
            assertEquals(200, head.status);
            assertEquals(-1, head.length);
            assertEquals("", head.text());
            assertEquals("text/event-stream; charset=utf-8", head.header("Content-Type"));
        }
    }
}
