package press.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** The decisions of sending one file, on a fake exchange: 304, ranges and If-Range, gzip, status and HEAD. */
class FileResponderTest {
    static final BuildState GOOD = new BuildState(3, List.of());
    static final String CSS = "p { margin: 0 }\n".repeat(20); // 320 bytes: over the gzip minimum

    @TempDir
    Path root;
    SiteFiles files;

    @BeforeEach
    void site() {
        write(root.resolve("digits.txt"), "0123456789");
        write(root.resolve("style.css"), CSS);
        write(root.resolve("page.html"), "<html><body>hi</body></html>");
        write(root.resolve("empty.txt"), "");
        write(root.resolve("photo.png"), "x".repeat(300));
        files = new SiteFiles(root);
    }

    FakeExchange send(String name, int status, BuildState state, boolean head, String... headers) throws IOException {
        FakeExchange ex = new FakeExchange(head ? "HEAD" : "GET", "/" + name, headers);
        FileResponder.send(ex, (SiteFiles.File) files.find(List.of(name)), status, state, head);
        return ex;
    }

    FakeExchange send(String name, String... headers) throws IOException {
        return send(name, 200, GOOD, false, headers);
    }

    @Test
    void aPlainFileIsSentWholeWithItsTypeAnEtagAndNoCache() throws IOException {
        FakeExchange ex = send("digits.txt");
        assertEquals(200, ex.status);
        assertEquals("0123456789", ex.text());
        assertEquals("text/plain; charset=utf-8", ex.header("Content-Type"));
        assertEquals("no-cache", ex.header("Cache-Control"));
        assertEquals("bytes", ex.header("Accept-Ranges"));
        assertTrue(ex.header("ETag").matches("\"g3-a-[0-9a-f]+\""), ex.header("ETag"));
        assertNull(ex.header("Content-Encoding"), "ten bytes are not worth gzipping");
    }

    @Test
    void theEtagChangesWithTheBuildGeneration() throws IOException {
        String before = send("digits.txt").header("ETag");
        String after = send("digits.txt", 200, new BuildState(4, List.of()), false).header("ETag");
        assertNotEquals(before, after);
        FakeExchange stale = send("digits.txt", 200, new BuildState(4, List.of()), false, "If-None-Match", before);
        assertEquals(200, stale.status, "an etag of the last build must not give 304");
    }

    @Test
    void ifNoneMatchGives304ForTheEtagItsWeakFormAStarOrAList() throws IOException {
        String etag = send("digits.txt").header("ETag");
        for (String header : List.of(etag, "W/" + etag, "*", "\"other\", " + etag)) {
            FakeExchange ex = send("digits.txt", "If-None-Match", header);
            assertEquals(304, ex.status, header);
            assertEquals(-1, ex.length, header);
            assertEquals(0, ex.bytes().length, header);
            assertEquals(etag, ex.header("ETag"), header);
        }
        assertEquals(200, send("digits.txt", "If-None-Match", "\"other\"").status);
    }

    @Test
    void a304NamesTheGzipVariantTheClientWouldGet() throws IOException {
        FakeExchange zipped = send("style.css", "Accept-Encoding", "gzip");
        String gzTag = zipped.header("ETag");
        assertTrue(gzTag.endsWith("-gz\""), gzTag);
        FakeExchange again = send("style.css", "Accept-Encoding", "gzip", "If-None-Match", gzTag);
        assertEquals(304, again.status);
        assertEquals(gzTag, again.header("ETag"));
        assertEquals("Accept-Encoding", again.header("Vary"));
    }

    @Test
    void anErrorPageIsNeverA304NorARange() throws IOException {
        String etag = send("digits.txt").header("ETag");
        FakeExchange ex = send("digits.txt", 404, GOOD, false, "If-None-Match", etag, "Range", "bytes=0-1");
        assertEquals(404, ex.status);
        assertEquals("0123456789", ex.text());
        assertNull(ex.header("Accept-Ranges"));
        assertNull(ex.header("Content-Range"));
    }

    @Test
    void aRangeIsSentAs206WithItsContentRange() throws IOException {
        FakeExchange ex = send("digits.txt", "Range", "bytes=2-4");
        assertEquals(206, ex.status);
        assertEquals("234", ex.text());
        assertEquals("bytes 2-4/10", ex.header("Content-Range"));
    }

    @Test
    void aRangePastTheEndIs416WithTheLength() throws IOException {
        FakeExchange ex = send("digits.txt", "Range", "bytes=10-");
        assertEquals(416, ex.status);
        assertEquals("bytes */10", ex.header("Content-Range"));
        FakeExchange empty = send("empty.txt", "Range", "bytes=0-");
        assertEquals(416, empty.status, "no byte of an empty file can be asked for");
    }

    @Test
    void ifRangeWithAnotherEtagSendsTheWholeFile() throws IOException {
        String etag = send("digits.txt").header("ETag");
        FakeExchange same = send("digits.txt", "Range", "bytes=0-0", "If-Range", etag);
        assertEquals(206, same.status);
        assertEquals("0", same.text());
        FakeExchange other = send("digits.txt", "Range", "bytes=0-0", "If-Range", "\"g1-a-0\"");
        assertEquals(200, other.status);
        assertEquals("0123456789", other.text());
        FakeExchange weak = send("digits.txt", "Range", "bytes=0-0", "If-Range", "W/" + etag);
        assertEquals(200, weak.status, "If-Range compares strongly");
    }

    @Test
    void aRangeOfTextIsTakenFromTheUncompressedBytes() throws IOException {
        FakeExchange ex = send("style.css", "Range", "bytes=0-1", "Accept-Encoding", "gzip");
        assertEquals(206, ex.status);
        assertEquals("p ", ex.text());
        assertNull(ex.header("Content-Encoding"));
    }

    @Test
    void textOverTheMinimumIsGzippedWhenAcceptedAndImagesNever() throws IOException {
        FakeExchange ex = send("style.css", "Accept-Encoding", "br, gzip;q=0.5");
        assertEquals("gzip", ex.header("Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ex.bytes()))) {
            assertEquals(CSS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertNull(send("style.css").header("Content-Encoding"), "no Accept-Encoding, no gzip");
        assertNull(send("style.css", "Accept-Encoding", "gzip;q=0").header("Content-Encoding"), "q=0 refuses gzip");
        assertNull(send("style.css", "Accept-Encoding", "br").header("Content-Encoding"));
        FakeExchange png = send("photo.png", "Accept-Encoding", "gzip");
        assertNull(png.header("Content-Encoding"));
        assertNull(png.header("Vary"), "an image has one variant");
        assertEquals("image/png", png.header("Content-Type"));
    }

    @Test
    void acceptsGzipReadsCodingsAndQualities() {
        for (String yes : List.of("gzip", "GZIP", "deflate, gzip", "*", "gzip;q=0.1", "gzip ; q=1")) {
            assertTrue(FileResponder.acceptsGzip(headers(yes)), yes);
        }
        for (String no : List.of("", "br", "gzip;q=0", "gzip;q=0.0", "*;q=0", "gzip;q=junk", "x-gzip")) {
            assertFalse(FileResponder.acceptsGzip(headers(no)), no);
        }
        assertFalse(FileResponder.acceptsGzip(new com.sun.net.httpserver.Headers()));
    }

    private static com.sun.net.httpserver.Headers headers(String acceptEncoding) {
        com.sun.net.httpserver.Headers h = new com.sun.net.httpserver.Headers();
        h.add("Accept-Encoding", acceptEncoding);
        return h;
    }

    @Test
    void htmlIsDecoratedAndAFailedBuildShowsItsProblems() throws IOException {
        FakeExchange ex = send("page.html", 200, new BuildState(7, List.of("content/a.md:1:1: <bad>")), false);
        String page = ex.text();
        assertTrue(page.contains("data-generation=\"7\""), page);
        assertTrue(page.contains("content/a.md:1:1: &lt;bad&gt;"), page);
        assertTrue(page.endsWith("</script></body></html>"), page);
        assertEquals(Files.readString(root.resolve("page.html")), "<html><body>hi</body></html>", "the file is never changed");
    }

    @Test
    void headSendsTheHeadersAndLengthOfGetWithoutABody() throws IOException {
        FakeExchange get = send("digits.txt");
        FakeExchange head = send("digits.txt", 200, GOOD, true);
        assertEquals(200, head.status);
        assertEquals(-1, head.length);
        assertEquals(0, head.bytes().length);
        assertEquals("10", head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
    }

    @Test
    void anEmptyFileIsA200WithNoBody() throws IOException {
        FakeExchange ex = send("empty.txt");
        assertEquals(200, ex.status);
        assertEquals(-1, ex.length);
    }

    @Test
    void aFileOverTheMemoryLimitIsStreamedWithRangesAndNeverGzipped() throws IOException {
        byte[] big = new byte[(8 << 20) + 10];
        for (int i = 0; i < big.length; i++) big[i] = (byte) ('a' + i % 26);
        Files.write(root.resolve("big.txt"), big);
        FakeExchange whole = send("big.txt", "Accept-Encoding", "gzip");
        assertEquals(200, whole.status);
        assertEquals(big.length, whole.length);
        assertNull(whole.header("Content-Encoding"));
        assertArrayEquals(big, whole.bytes());
        FakeExchange tail = send("big.txt", "Range", "bytes=-3");
        assertEquals(206, tail.status);
        assertEquals("bytes " + (big.length - 3) + "-" + (big.length - 1) + "/" + big.length, tail.header("Content-Range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(big, big.length - 3, big.length), tail.bytes());
        assertEquals(416, send("big.txt", "Range", "bytes=" + big.length + "-").status);
        FakeExchange head = send("big.txt", 200, GOOD, true);
        assertEquals(Integer.toString(big.length), head.header("Content-Length"));
        assertEquals(0, head.bytes().length);
    }
}
