package press.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** Real file watching on a temp site folder, a fake builder, and a client on the reload stream. */
class LiveReloadTest {
    private static final long WAIT = 10_000;

    @TempDir
    Path source;
    FakeSite site;
    PreviewServer server;
    int port;

    @BeforeEach
    void start() throws IOException {
        write(source.resolve("content/site.yaml"), "title: t\n");
        write(source.resolve("content/a.md"), "first version");
        write(source.resolve("templates/page.html"), "<html><body>BODY</body></html>");
        site = new FakeSite(source, source.resolve("site")); // the output folder lives in the watched site folder, as usual
        ServeSettings settings = new ServeSettings(site.out, source, "127.0.0.1", 0, 8, Duration.ofSeconds(20), Duration.ofMillis(150));
        server = PreviewServer.start(settings, url -> site, s -> { });
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String page(String path) throws IOException {
        RawHttp.Response r = RawHttp.get(port, path);
        assertEquals(200, r.status(), path);
        return r.text();
    }

    @Test
    void anEditRebuildsOnceSendsAnEventAndServesTheNewPage() throws Exception {
        assertTrue(page("/a.html").contains("first version"));
        try (EventClient events = new EventClient(port)) {
            assertEquals(1, events.next(WAIT), "a new stream first hears the current generation");
            write(source.resolve("content/a.md"), "second version");
            assertEquals(2, events.next(WAIT));
            String page = page("/a.html");
            assertTrue(page.contains("second version") && page.contains("data-generation=\"2\""), page);
            assertEquals(2, site.builds.get());
        }
    }

    @Test
    void aBurstOfSavesGivesOneRebuildAndTheOutputSwapOrEditorSwapFilesGiveNone() throws Exception {
        try (EventClient events = new EventClient(port)) {
            assertEquals(1, events.next(WAIT));
            for (int i = 0; i < 5; i++) write(source.resolve("content/p" + i + ".md"), "post " + i);
            assertEquals(2, events.next(WAIT));
            write(source.resolve("content/.p1.md.swp"), "vim swap");
            write(source.resolve("content/#p1.md#"), "emacs autosave");
            write(source.resolve("content/p1.md~"), "backup");
            Thread.sleep(600); // several quiet periods: a rebuild loop from the output swap, or editor noise, would show here
            assertEquals(2, site.builds.get());
            assertTrue(events.generations.isEmpty());
            assertTrue(page("/p4.html").contains("post 4"));
        }
    }

    @Test
    void newSubfoldersAndTemplatesAreWatched() throws Exception {
        try (EventClient events = new EventClient(port)) {
            assertEquals(1, events.next(WAIT));
            Files.createDirectories(source.resolve("content/2024/deep"));
            assertEquals(2, events.next(WAIT));
            write(source.resolve("content/2024/deep/b.md"), "nested post");
            assertEquals(3, events.next(WAIT));
            assertTrue(page("/2024/deep/b.html").contains("nested post"));
            write(source.resolve("templates/page.html"), "<html><body>NEW TEMPLATE BODY</body></html>");
            assertEquals(4, events.next(WAIT));
            assertTrue(page("/a.html").contains("NEW TEMPLATE first version"));
            write(source.resolve("content/site.yaml"), "title: changed\n");
            assertEquals(5, events.next(WAIT));
        }
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteUnderAnOverlayUntilFixed() throws Exception {
        try (EventClient events = new EventClient(port)) {
            assertEquals(1, events.next(WAIT));
            write(source.resolve("content/a.md"), "BROKEN");
            assertEquals(2, events.next(WAIT));
            String page = page("/a.html");
            assertTrue(page.contains("first version"), "the last good site stays");
            assertTrue(page.contains("id=\"" + PageDecorator.OVERLAY_ID + "\""), page);
            assertTrue(page.contains("content/a.md:1:1: unexpected &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), page);
            assertFalse(page.contains("<script>alert(1)"));
            RawHttp.Response missing = RawHttp.get(port, "/nope");
            assertEquals(404, missing.status());
            assertTrue(missing.text().contains(PageDecorator.OVERLAY_ID), "every HTML page shows the problems");
            assertFalse(RawHttp.get(port, "/__press/reload.js").text().contains("alert(1)"));

            write(source.resolve("content/a.md"), "fixed version");
            assertEquals(3, events.next(WAIT));
            page = page("/a.html");
            assertTrue(page.contains("fixed version"));
            assertFalse(page.contains(PageDecorator.OVERLAY_ID));
        }
        try (Stream<Path> out = Files.walk(site.out)) {
            for (Path p : out.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p).contains("__press"), "nothing is injected into the output folder: " + p);
            }
        }
    }

    @Test
    void aStreamThatMissedEventsCatchesUpOnReconnect() throws Exception {
        write(source.resolve("content/a.md"), "edited while no page listened");
        long deadline = System.nanoTime() + Duration.ofMillis(WAIT).toNanos();
        while (server.state().generation() < 2 && System.nanoTime() < deadline) Thread.sleep(10);
        try (EventClient events = new EventClient(port)) {
            assertEquals(2, events.next(WAIT), "a page served at generation 1 will see 2 and reload");
        }
    }
}
