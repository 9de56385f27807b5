package press.serve;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A whole small body on a fake exchange: its type, its length in bytes, HEAD with GET's length and no body, and an empty body sent as none. */
class RepliesTest {
    @Test
    void plainTextIsUtf8WithItsLengthInBytes() throws IOException {
        FakeExchange ex = FakeExchange.get("/x");
        Replies.plain(ex, 404, "não", false);
        assertEquals(404, ex.status);
        assertEquals("text/plain; charset=utf-8", ex.header("Content-Type"));
        assertEquals(4, ex.length, "bytes, not characters");
        assertArrayEquals("não".getBytes(StandardCharsets.UTF_8), ex.bytes());
    }

    @Test
    void headGetsGetsLengthAndNoBody() throws IOException {
        FakeExchange ex = new FakeExchange("HEAD", "/x");
        Replies.send(ex, 200, "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, ex.status);
        assertEquals("application/json", ex.header("Content-Type"));
        assertEquals("7", ex.header("Content-Length"), "the GET length, which the JDK leaves out for HEAD");
        assertEquals(-1, ex.length, "no body");
        assertEquals(0, ex.bytes().length);
    }

    @Test
    void anEmptyBodyIsSentAsNoneNotChunked() throws IOException {
        FakeExchange ex = FakeExchange.get("/x");
        Replies.send(ex, 200, "text/plain", new byte[0], false);
        assertEquals(-1, ex.length, "0 would tell the JDK to send a chunked body");
        assertNull(ex.header("Content-Length"));
    }

    @Test
    void aSliceSendsOnlyItsBytes() throws IOException {
        FakeExchange ex = FakeExchange.get("/x");
        Replies.sendBytes(ex, 206, "0123456789".getBytes(StandardCharsets.US_ASCII), 2, 3, false);
        assertEquals(206, ex.status);
        assertEquals(3, ex.length);
        assertEquals("234", ex.text());
    }
}
