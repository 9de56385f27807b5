package press.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** Methods, types, redirects, 404s, conditional and range requests, gzip and Host checks, on a static output folder. */
class HttpBehaviourTest {
    @TempDir
    static Path tmp;
    static Path root;
    static PreviewServer server;
    static int port;
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String CSS = "body { color: red; }\n".repeat(40);

    @BeforeAll
    static void site() throws IOException {
        root = tmp.resolve("site");
        write(root.resolve("index.html"), "<!doctype html><html><body><p>home</p></BODY></html>");
        write(root.resolve("posts/x/index.html"), "<html><body>post x</body></html>");
        write(root.resolve("posts/empty/keep.txt"), "no index here");
        write(root.resolve("evil.com/index.html"), "<html><body>dir named like a host</body></html>");
        write(root.resolve("404.html"), "<html><body>custom not found</body></html>");
        write(root.resolve("style.css"), CSS);
        write(root.resolve("digits.txt"), "0123456789");
        for (String ext : new String[] {"js", "mjs", "json", "xml", "svg", "png", "jpg", "jpeg", "webp", "avif", "gif", "ico",
                "woff2", "map", "wasm", "bin"}) {
            write(root.resolve("file." + ext), "x");
        }
        server = PreviewServer.start(ServeSettings.of(root, null, "127.0.0.1", 0).withEvents(2, java.time.Duration.ofMillis(400)),
                url -> () -> { }, s -> { });
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) b.headers(headers);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @CsvSource({
            "/style.css, text/css; charset=utf-8", "/file.js, text/javascript; charset=utf-8",
            "/file.mjs, text/javascript; charset=utf-8", "/file.json, application/json; charset=utf-8",
            "/file.xml, application/xml; charset=utf-8", "/file.svg, image/svg+xml; charset=utf-8",
            "/file.png, image/png", "/file.jpg, image/jpeg", "/file.jpeg, image/jpeg", "/file.webp, image/webp",
            "/file.avif, image/avif", "/file.gif, image/gif", "/file.ico, image/x-icon", "/file.woff2, font/woff2",
            "/digits.txt, text/plain; charset=utf-8", "/file.map, application/json; charset=utf-8",
            "/file.wasm, application/wasm", "/file.bin, application/octet-stream", "/, text/html; charset=utf-8",
    })
    void contentTypesAndNosniff(String path, String type) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode());
        assertEquals(type, r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void htmlGetsTheReloadScriptBeforeBodyCloseButTheFileDoesNot() throws Exception {
        String page = new String(get("/").body(), StandardCharsets.UTF_8);
        assertTrue(page.matches("(?s).*<p>home</p><script src=\"/__press/reload.js\" data-generation=\"1\"></script></BODY></html>"), page);
        assertFalse(Files.readString(root.resolve("index.html")).contains("__press"));
        assertEquals(200, get("/__press/reload.js").statusCode());
        assertFalse(new String(get("/digits.txt").body(), StandardCharsets.UTF_8).contains("__press"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT", "PROPFIND"})
    void onlyGetAndHead(String method) throws IOException {
        RawHttp.Response r = RawHttp.withHeaders(port, method, "/", "Host: 127.0.0.1:" + port, "Content-Length: 0");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void headHasGetsHeadersAndNoBody() throws Exception {
        RawHttp.Response get = RawHttp.withHeaders(port, "GET", "/style.css", "Host: 127.0.0.1:" + port);
        RawHttp.Response head = RawHttp.withHeaders(port, "HEAD", "/style.css", "Host: 127.0.0.1:" + port);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(CSS.length()), head.header("Content-Length"));
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
    }

    @Test
    void directoriesRedirectToTheirSlashFormKeepingTheQuery() throws Exception {
        HttpResponse<byte[]> r = get("/posts/x?a=1&b=%20");
        assertEquals(301, r.statusCode());
        assertEquals("/posts/x/?a=1&b=%20", r.headers().firstValue("Location").orElseThrow());
        assertEquals(301, get("/posts/x").statusCode());
        assertTrue(new String(get("/posts/x/").body(), StandardCharsets.UTF_8).contains("post x"));
        RawHttp.Response authority = RawHttp.get(port, "//evil.com");
        assertEquals(404, authority.status(), "the JDK reads //evil.com as an authority with no path");
        assertNull(authority.header("Location"));
        for (String target : new String[] {"///evil.com", "/evil.com"}) {
            RawHttp.Response slashes = RawHttp.get(port, target);
            assertEquals(301, slashes.status());
            assertEquals("/evil.com/", slashes.header("Location"), "never a protocol-relative //host redirect");
        }
    }

    @Test
    void missingAndIndexlessFoldersGetTheSites404WithStatus404() throws Exception {
        for (String path : new String[] {"/nope", "/posts/empty/", "/posts/", "/digits.txt/"}) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(404, r.statusCode(), path);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("custom not found") && body.contains("/__press/reload.js"), body);
            assertFalse(body.contains("keep.txt"), "no directory listing");
        }
    }

    @Test
    void plainFallbackWhenTheSiteHasNo404Page() throws Exception {
        Path other = tmp.resolve("bare");
        write(other.resolve("index.html"), "x");
        try (PreviewServer bare = PreviewServer.start(ServeSettings.of(other, null, "127.0.0.1", 0), url -> () -> { }, s -> { })) {
            RawHttp.Response r = RawHttp.get(bare.port(), "/missing");
            assertEquals(404, r.status());
            assertTrue(r.text().contains("404 Not found"));
        }
    }

    @Test
    void etagAndIfNoneMatch() throws Exception {
        HttpResponse<byte[]> first = get("/digits.txt");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<byte[]> again = get("/digits.txt", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, get("/digits.txt", "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(200, get("/digits.txt", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void aRebuildChangesEveryEtag() throws Exception {
        String before = get("/style.css").headers().firstValue("ETag").orElseThrow();
        server.rebuild();
        HttpResponse<byte[]> after = get("/style.css", "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertNotEquals(before, after.headers().firstValue("ETag").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"bytes=0-4, 01234, 0-4", "bytes=5-, 56789, 5-9", "bytes=-3, 789, 7-9", "bytes=8-99, 89, 8-9"})
    void singleRanges(String range, String body, String span) throws Exception {
        HttpResponse<byte[]> r = get("/digits.txt", "Range", range, "Accept-Encoding", "gzip");
        assertEquals(206, r.statusCode());
        assertEquals(body, new String(r.body(), StandardCharsets.US_ASCII));
        assertEquals("bytes " + span + "/10", r.headers().firstValue("Content-Range").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void unsatisfiableAndIgnoredRanges() throws Exception {
        HttpResponse<byte[]> r = get("/digits.txt", "Range", "bytes=10-");
        assertEquals(416, r.statusCode());
        assertEquals("bytes */10", r.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(200, get("/digits.txt", "Range", "bytes=0-1,4-5").statusCode());
        assertEquals(200, get("/digits.txt", "Range", "bytes=0-1", "If-Range", "\"stale\"").statusCode());
        String etag = get("/digits.txt").headers().firstValue("ETag").orElseThrow();
        assertEquals(206, get("/digits.txt", "Range", "bytes=0-1", "If-Range", etag).statusCode());
    }

    @Test
    void largeFilesAreStreamedWithRanges() throws Exception {
        byte[] big = new byte[9 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i % 251);
        Files.write(root.resolve("big.bin"), big);
        HttpResponse<byte[]> whole = get("/big.bin");
        assertEquals(200, whole.statusCode());
        assertArrayEquals(big, whole.body());
        HttpResponse<byte[]> tail = get("/big.bin", "Range", "bytes=9000000-9000009");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(big, 9000000, 9000010), tail.body());
        assertEquals("bytes 9000000-9000009/" + big.length, tail.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(416, get("/big.bin", "Range", "bytes=" + big.length + "-").statusCode());
        RawHttp.Response head = RawHttp.withHeaders(port, "HEAD", "/big.bin", "Host: 127.0.0.1:" + port);
        assertEquals(Integer.toString(big.length), head.header("Content-Length"));
        assertEquals(0, head.body().length);
    }

    @Test
    void gzipForTextWhenAsked() throws Exception {
        HttpResponse<byte[]> r = get("/style.css", "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElseThrow());
        assertArrayEquals(CSS.getBytes(StandardCharsets.UTF_8), new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes());
        String gzipTag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated = get("/style.css", "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(gzipTag, revalidated.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(gzipTag, get("/style.css").headers().firstValue("ETag").orElseThrow(), "each encoding has its own tag");
        assertTrue(get("/style.css").headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(get("/style.css", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
        write(root.resolve("big.png"), "y".repeat(1000));
        assertTrue(get("/big.png", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost:1", "127.0.0.1.nip.io:PORT", "attacker.localhost:PORT"})
    void foreignHostHeadersAreRefused(String host) throws IOException {
        RawHttp.Response r = RawHttp.withHeaders(port, "GET", "/", "Host: " + host.replace("PORT", Integer.toString(port)));
        assertEquals(403, r.status());
        assertFalse(r.text().contains("home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:PORT", "127.0.0.1", "127.9.9.9:PORT", "[::1]:PORT", "LocalHost"})
    void loopbackHostHeadersAreServed(String host) throws IOException {
        assertEquals(200, RawHttp.withHeaders(port, "GET", "/", "Host: " + host.replace("PORT", Integer.toString(port))).status());
    }

    @Test
    void missingOrDoubledHostIsRefused() throws IOException {
        assertEquals(403, RawHttp.send(port, "GET / HTTP/1.0\r\n\r\n").status());
        assertEquals(403, RawHttp.withHeaders(port, "GET", "/", "Host: 127.0.0.1", "Host: evil.example").status());
    }

    @Test
    void noCorsHeadersEvenWhenAnOriginAsks() throws IOException {
        RawHttp.Response r = RawHttp.withHeaders(port, "GET", "/", "Host: 127.0.0.1:" + port, "Origin: http://evil.example");
        assertEquals(200, r.status());
        assertTrue(r.headerLines().stream().noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")));
    }

    @Test
    void reloadEventsRefuseForeignOrigins() throws IOException {
        String host = "Host: 127.0.0.1:" + port;
        for (String origin : new String[] {"Origin: http://evil.example", "Origin: null", "Origin: http://127.0.0.1:1"}) {
            assertEquals(403, RawHttp.withHeaders(port, "GET", "/__press/events", host, origin).status(), origin);
        }
        assertEquals(403, RawHttp.withHeaders(port, "GET", "/__press/events", host, "Sec-Fetch-Site: cross-site").status());
        RawHttp.Response own = RawHttp.withHeaders(port, "GET", "/__press/events", host, "Origin: http://127.0.0.1:" + port);
        assertEquals(200, own.status());
        assertEquals("text/event-stream; charset=utf-8", own.header("Content-Type"));
        assertTrue(own.rawText().contains("retry: 1000") && own.rawText().contains("event: build\ndata: "), own.rawText());
    }
}
