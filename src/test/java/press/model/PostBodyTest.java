package press.model;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body made when asked for; equal by what it is made from; a lazy one read back from a cache must be made anew. */
class PostBodyTest {
    /** What a cache file keeps of a body (its key), read back. */
    private static PostBody roundTrip(PostBody b) {
        return PostBody.unmade(b.key());
    }

    @Test
    void aLazyBodyIsMadeOnEachAskAndEqualByItsKey() {
        AtomicInteger made = new AtomicInteger();
        PostBody a = PostBody.lazy("abc+/", () -> "<p>" + made.incrementAndGet() + "</p>");
        assertEquals(0, made.get(), "nothing is made before it is asked for");
        assertEquals("<p>1</p>", a.html());
        assertEquals("<p>2</p>", a.html());
        assertFalse(a.isKnown());
        assertEquals(a, PostBody.lazy("abc+/", () -> "other"), "the same source");
        assertNotEquals(a, PostBody.lazy("abd+/", () -> "<p>1</p>"));
        assertEquals(a.hashCode(), PostBody.lazy("abc+/", () -> "").hashCode());
        assertEquals("PostBody[abc+/]", a.toString());
    }

    @Test
    void aKnownBodyIsItsHtml() throws Exception {
        PostBody b = PostBody.of("<p>x</p>");
        assertTrue(b.isKnown());
        assertEquals("<p>x</p>", b.html());
        assertEquals(PostBody.of("<p>x</p>"), b);
        assertEquals("<p>x</p>", roundTrip(b).html(), "a known body survives the cache");
    }

    @Test
    void aLazyBodyReadBackFromACacheMustBeMadeAnew() throws Exception {
        PostBody back = roundTrip(PostBody.lazy("abc+/", () -> "<p>x</p>"));
        assertEquals("abc+/", back.key());
        IllegalStateException e = assertThrows(IllegalStateException.class, back::html);
        assertEquals("a body read back from a cache must be made anew before it is rendered", e.getMessage());
    }
}
