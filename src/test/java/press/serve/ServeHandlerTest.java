package press.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** The order of a request's checks and where each request ends, on a fake exchange (no server, no socket). */
class ServeHandlerTest {
    static final String HOST = "127.0.0.1:8080";

    @TempDir
    Path root;
    ServeHandler handler;
    BuildState state = new BuildState(5, List.of());

    @BeforeEach
    void site() {
        write(root.resolve("index.html"), "<html><body>home</body></html>");
        write(root.resolve("docs/index.html"), "<html><body>docs</body></html>");
        write(root.resolve("docs/empty/keep.txt"), "no index");
        write(root.resolve("a.html"), "<html><body>a</body></html>");
        write(root.resolve(".secret"), "hidden");
        handler = handler(root);
    }

    ServeHandler handler(Path out) {
        return new ServeHandler(new SiteFiles(out), new HostCheck("127.0.0.1", 8080), new ReloadEvents(1, Duration.ofMillis(50), () -> state),
                () -> state);
    }

    FakeExchange request(String method, String target, String... headers) throws IOException {
        String[] all = new String[headers.length + 2];
        all[0] = "Host";
        all[1] = HOST;
        System.arraycopy(headers, 0, all, 2, headers.length);
        FakeExchange ex = new FakeExchange(method, target, all);
        handler.handle(ex);
        assertTrue(ex.closed, "every exchange is closed");
        assertEquals("nosniff", ex.header("X-Content-Type-Options"), "on every reply");
        assertEquals("same-origin", ex.header("Cross-Origin-Resource-Policy"), "on every reply");
        return ex;
    }

    FakeExchange get(String target, String... headers) throws IOException {
        return request("GET", target, headers);
    }

    @Test
    void aFileIsServedAndAFolderWithASlashServesItsIndex() throws IOException {
        FakeExchange a = get("/a.html");
        assertEquals(200, a.status);
        assertTrue(a.text().startsWith("<html><body>a"), a.text());
        FakeExchange docs = get("/docs/");
        assertEquals(200, docs.status);
        assertTrue(docs.text().contains("docs"), docs.text());
        assertEquals(200, get("/").status);
    }

    @Test
    void aFolderWithoutItsSlashRedirectsKeepingTheQuery() throws IOException {
        FakeExchange ex = get("/docs?x=1&y=%2F");
        assertEquals(301, ex.status);
        assertEquals("/docs/?x=1&y=%2F", ex.header("Location"));
        assertEquals("/docs/", get("/docs").header("Location"));
    }

    @Test
    void aFileAskedForAsAFolderIsNotFound() throws IOException {
        assertEquals(404, get("/a.html/").status);
    }

    @Test
    void missingPagesGetThePlain404UntilTheSiteHasItsOwn() throws IOException {
        FakeExchange plain = get("/nope/");
        assertEquals(404, plain.status);
        assertTrue(plain.text().contains("404 Not found"), plain.text());
        assertTrue(plain.text().contains("data-generation=\"5\""), "the plain page reloads too: " + plain.text());
        assertEquals(404, get("/docs/empty/").status, "a folder without index.html");
        write(root.resolve("404.html"), "<html><body>custom</body></html>");
        FakeExchange custom = get("/nope/");
        assertEquals(404, custom.status);
        assertTrue(custom.text().contains("custom"), custom.text());
    }

    @Test
    void aTargetWithAnAuthorityIsRefusedBeforeAnythingElse() throws IOException {
        FakeExchange ex = get("http://127.0.0.1:8080/a.html");
        assertEquals(400, ex.status);
        assertEquals("bad request target\n", ex.text());
    }

    @Test
    void aForeignMissingOrDoubledHostIsRefused() throws IOException {
        FakeExchange foreign = new FakeExchange("GET", "/a.html", "Host", "evil.example:8080");
        handler.handle(foreign);
        assertEquals(403, foreign.status);
        FakeExchange none = new FakeExchange("GET", "/a.html");
        handler.handle(none);
        assertEquals(403, none.status);
        FakeExchange doubled = new FakeExchange("GET", "/a.html", "Host", HOST, "Host", "evil.example");
        handler.handle(doubled);
        assertEquals(403, doubled.status);
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        FakeExchange post = request("POST", "/a.html");
        assertEquals(405, post.status);
        assertEquals("GET, HEAD", post.header("Allow"));
        FakeExchange forbiddenFirst = new FakeExchange("POST", "/a.html", "Host", "evil.example");
        handler.handle(forbiddenFirst);
        assertEquals(403, forbiddenFirst.status, "the Host check comes before the method");
        FakeExchange head = request("HEAD", "/a.html");
        assertEquals(200, head.status);
        assertEquals(0, head.bytes().length);
    }

    @Test
    void refusedPathsAre404Or400WithNothingFromTheFolder() throws IOException {
        FakeExchange dot = get("/.secret");
        assertEquals(404, dot.status);
        assertEquals("not found\n", dot.text());
        FakeExchange slash = get("/..%2fa.html");
        assertEquals(400, slash.status);
        assertEquals("bad request\n", slash.text());
        FakeExchange headRefusal = request("HEAD", "/.secret");
        assertEquals(404, headRefusal.status);
        assertEquals(0, headRefusal.bytes().length, "a HEAD refusal has no body");
    }

    @Test
    void theReloadScriptIsServedFromItsFixedPath() throws IOException {
        FakeExchange ex = get(PageDecorator.SCRIPT_PATH);
        assertEquals(200, ex.status);
        assertEquals("text/javascript; charset=utf-8", ex.header("Content-Type"));
        assertEquals(PageDecorator.SCRIPT, ex.text());
    }

    @Test
    void reloadEventsAreRefusedToOtherSitesAndServedToOwnPages() throws IOException {
        assertEquals(403, get(PageDecorator.EVENTS_PATH, "Sec-Fetch-Site", "cross-site").status);
        assertEquals(403, get(PageDecorator.EVENTS_PATH, "Origin", "http://evil.example:8080").status);
        assertEquals(403, get(PageDecorator.EVENTS_PATH, "Origin", "http://127.0.0.1:8080", "Origin", "http://evil.example").status);
        FakeExchange own = get(PageDecorator.EVENTS_PATH, "Sec-Fetch-Site", "same-origin", "Origin", "http://127.0.0.1:8080");
        assertEquals(200, own.status);
        assertEquals("text/event-stream; charset=utf-8", own.header("Content-Type"));
        assertTrue(own.text().contains("event: build\ndata: 5\n"), own.text());
        FakeExchange plain = get(PageDecorator.EVENTS_PATH, "Sec-Fetch-Site", "NONE");
        assertEquals(200, plain.status, "a typed-in address sends Sec-Fetch-Site: none");
    }

    @Test
    void aMissingOutputFolderIsA404NotAnError() throws IOException {
        handler = handler(root.resolve("not-built-yet"));
        FakeExchange ex = get("/");
        assertEquals(404, ex.status);
        assertNull(ex.header("Location"));
        assertFalse(ex.text().isEmpty());
    }
}
