package press.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** Slow and long-lived clients must not starve the rest: reload streams are capped and end by themselves. */
class LimitsTest {
    @TempDir
    static Path tmp;
    static PreviewServer server;
    static int port;

    @BeforeAll
    static void site() throws IOException {
        write(tmp.resolve("site/index.html"), "<html><body>home</body></html>");
        server = PreviewServer.start(ServeSettings.of(tmp.resolve("site"), null, "127.0.0.1", 0).withEvents(2, Duration.ofMillis(500)),
                url -> () -> { }, s -> { });
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Socket openStream() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(5_000);
        s.getOutputStream().write(("GET /__press/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = readUntil(s.getInputStream(), "data: ");
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        return s;
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while (!sb.toString().contains(marker) && (c = in.read()) >= 0) sb.append((char) c);
        return sb.toString();
    }

    @Test
    void reloadStreamsAreCappedAndTheSiteStillAnswers() throws IOException {
        try (Socket a = openStream(); Socket b = openStream()) {
            RawHttp.Response third = RawHttp.get(port, "/__press/events");
            assertEquals(503, third.status());
            assertEquals("5", third.header("Retry-After"));
            assertEquals(200, RawHttp.get(port, "/").status());
        }
    }

    @Test
    void aStreamEndsByItselfBeforeTheResponseTimeLimitAndTellsTheBrowserToReconnect() throws IOException {
        long giveUp = System.nanoTime() + 3_000_000_000L;
        long start;
        RawHttp.Response r;
        do { // streams of clients that hung up in another test hold their slot until their next write
            start = System.nanoTime();
            r = RawHttp.get(port, "/__press/events"); // reads until the server ends the stream
        } while (r.status() == 503 && System.nanoTime() < giveUp);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.status());
        assertTrue(r.rawText().contains("retry: 1000"));
        assertTrue(millis >= 400 && millis < 4_000, "stream life was " + millis + " ms");
    }

    @Test
    void stalledClientsDoNotStarveOthers() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII)); // and never the rest
                stalled.add(s);
            }
            long start = System.nanoTime();
            assertEquals(200, RawHttp.get(port, "/").status());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, "a normal request waited " + millis + " ms behind stalled ones");
        } finally {
            for (Socket s : stalled) s.close();
        }
    }
}
