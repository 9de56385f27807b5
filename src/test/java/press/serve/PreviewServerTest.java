package press.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.problem.Problems;
import press.problem.SourcePos;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/**
 * The server's own decisions: the builder is made with the address actually bound, the first
 * build runs before the first request, a failed first build still serves, a failed start and
 * {@link PreviewServer#close()} release the port, the URL shown for a host, and how long a reload
 * stream may live. What is served is {@code HttpBehaviourTest}'s and {@code ServeHandlerTest}'s.
 */
class PreviewServerTest {
    @TempDir
    Path tmp;

    @Test
    void theBuilderGetsTheBoundAddressAndTheFirstBuildRunsBeforeServing() throws Exception {
        write(tmp.resolve("site/index.html"), "<html><body>home</body></html>");
        List<String> urls = new CopyOnWriteArrayList<>();
        AtomicInteger builds = new AtomicInteger();
        List<BuildState> logged = new CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(ServeSettings.of(tmp.resolve("site"), null, "127.0.0.1", 0), url -> {
            urls.add(url);
            return builds::incrementAndGet;
        }, logged::add)) {
            assertTrue(server.port() > 0, "port 0 picks a free one");
            assertEquals(List.of("http://127.0.0.1:" + server.port() + "/"), urls, "one builder, for the port bound");
            assertEquals(server.url(), urls.get(0));
            assertEquals(1, builds.get(), "built once before start returned");
            assertEquals(List.of(new BuildState(1, List.of())), logged);
            assertEquals(new BuildState(1, List.of()), server.state());
            assertEquals(200, RawHttp.get(server.port(), "/").status());

            assertEquals(new BuildState(2, List.of()), server.rebuild());
            assertEquals(2, builds.get());
            assertEquals(2, logged.size(), "every build is logged");
            assertEquals(2, server.state().generation());
        }
    }

    @Test
    void aFailedFirstBuildStillServesWithItsProblems() throws Exception {
        write(tmp.resolve("site/index.html"), "<html><body>last good</body></html>");
        Problems problems = new Problems();
        problems.add(new SourcePos("content/posts/a.md", 2, 1), "title: required");
        SiteBuilder failing = () -> {
            throw new BuildException("build", problems);
        };
        try (PreviewServer server = PreviewServer.start(ServeSettings.of(tmp.resolve("site"), null, "127.0.0.1", 0), url -> failing, s -> { })) {
            assertTrue(server.state().failed());
            assertEquals(List.of("content/posts/a.md:2:1: title: required"), server.state().problems());
            RawHttp.Response r = RawHttp.get(server.port(), "/");
            assertEquals(200, r.status());
            assertTrue(r.text().contains("last good") && r.text().contains("content/posts/a.md:2:1: title: required"), r.text());
        }
    }

    @Test
    void closeEndsAwaitCloseAndStopsListening() throws Exception {
        write(tmp.resolve("site/index.html"), "x");
        PreviewServer server = PreviewServer.start(ServeSettings.of(tmp.resolve("site"), null, "127.0.0.1", 0), url -> () -> { }, s -> { });
        int port = server.port();
        Thread waiter = new Thread(() -> {
            try {
                server.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(200);
        assertTrue(waiter.isAlive(), "awaitClose blocks while serving");
        server.close();
        waiter.join(TimeUnit.SECONDS.toMillis(5));
        assertTrue(!waiter.isAlive(), "awaitClose returned after close");
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }

    @Test
    void aStartThatFailsAfterBindingReleasesThePort() throws Exception {
        write(tmp.resolve("site/index.html"), "x");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> PreviewServer.start(
                ServeSettings.of(tmp.resolve("site"), null, "127.0.0.1", port), url -> () -> { }, s -> {
                    throw new IllegalStateException("the log failed");
                }));
        assertEquals("the log failed", thrown.getMessage(), "the failure itself is rethrown");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the failed server let go of its port");
        }
    }

    @Test
    void theUrlShownForAHost() {
        assertEquals("http://127.0.0.1:1313/", PreviewServer.urlFor("127.0.0.1", 1313));
        assertEquals("http://localhost:8080/", PreviewServer.urlFor("0.0.0.0", 8080), "a wildcard is shown as localhost");
        assertEquals("http://localhost:8080/", PreviewServer.urlFor("::", 8080));
        assertEquals("http://localhost:8080/", PreviewServer.urlFor("[::]", 8080));
        assertEquals("http://[::1]:8080/", PreviewServer.urlFor("::1", 8080), "an IPv6 address in brackets");
        assertEquals("http://[::1]:8080/", PreviewServer.urlFor("[::1]", 8080), "not twice");
        assertEquals("http://preview.test:9/", PreviewServer.urlFor("preview.test", 9));
    }

    @Test
    void aReloadStreamEndsTwoSecondsBeforeTheResponseLimit() {
        Duration twenty = Duration.ofSeconds(20);
        assertEquals(twenty, PreviewServer.streamLife(twenty, -1), "no limit: as asked");
        assertEquals(twenty, PreviewServer.streamLife(twenty, 30_000), "well inside the limit: as asked");
        assertEquals(twenty, PreviewServer.streamLife(twenty, 22_000), "exactly 2 s before it: as asked");
        assertEquals(Duration.ofMillis(19_999), PreviewServer.streamLife(twenty, 21_999));
        assertEquals(Duration.ofMillis(500), PreviewServer.streamLife(twenty, 1_000), "never below half a second");
    }
}
